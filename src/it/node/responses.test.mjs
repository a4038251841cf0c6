// openai-node's Responses API helpers against fakeai: the stream helper throws on any event,
// index or id it does not expect, so these tests fail on the smallest departure from the
// real event grammar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';

const port = process.env.FAKEAI_PORT ?? '8080';
const client = new OpenAI({ baseURL: `http://localhost:${port}/v1`, apiKey: 'sk-test', maxRetries: 0 });

const weather = {
  type: 'function',
  name: 'get_weather',
  description: 'Get the current weather in a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

async function streamed(params) {
  const events = [];
  const stream = client.responses.stream(params);
  stream.on('event', (event) => events.push(event));
  const response = await stream.finalResponse();
  return { events, response };
}

test('a streamed answer accumulates to the completed response', async () => {
  const { events, response } = await streamed({ model: 'gpt-4o', input: 'Write a haiku about the sea' });

  assert.equal(events[0].type, 'response.created');
  assert.equal(events.at(-1).type, 'response.completed');
  events.forEach((event, i) => assert.equal(event.sequence_number, i));
  const deltas = events.filter((e) => e.type === 'response.output_text.delta').map((e) => e.delta).join('');
  assert.equal(response.output_text, deltas);
  assert.match(response.output_text, /sea/);
  assert.ok(response.usage.output_tokens > 0);
});

test('a reasoning model streams its summary before the message', async () => {
  const { response } = await streamed({
    model: 'o4-mini',
    input: 'Why is the sky blue?',
    reasoning: { effort: 'low', summary: 'auto' },
  });

  assert.deepEqual(response.output.map((item) => item.type), ['reasoning', 'message']);
  assert.ok(response.output[0].summary[0].text.length > 0);
  assert.ok(response.usage.output_tokens_details.reasoning_tokens > 0);
});

test('a model that shows its reasoning streams it as reasoning text', async () => {
  const { events, response } = await streamed({ model: 'deepseek-reasoner', input: 'Why is the sky blue?' });

  assert.ok(events.some((event) => event.type === 'response.reasoning_text.delta'));
  assert.ok(response.output[0].content[0].text.length > 0);
  assert.ok(response.output_text.length > 0);
});

test('a streamed function call loop ends with text', async () => {
  const { response: call } = await streamed({
    model: 'gpt-4o',
    input: 'What is the weather in Paris?',
    tools: [weather],
    tool_choice: 'required',
  });
  const [functionCall] = call.output;
  assert.equal(functionCall.type, 'function_call');
  assert.match(functionCall.call_id, /^call_/);
  assert.ok(JSON.parse(functionCall.arguments).city);

  const { response: answer } = await streamed({
    model: 'gpt-4o',
    previous_response_id: call.id,
    input: [{ type: 'function_call_output', call_id: functionCall.call_id, output: '{"temperature": 18}' }],
    tools: [weather],
  });
  assert.deepEqual(answer.output.map((item) => item.type), ['message']);
  assert.ok(answer.output_text.length > 0);
});

test('a background stream is queued first', async () => {
  const { events, response } = await streamed({ model: 'gpt-4o-mini', input: 'Hi', background: true });

  assert.deepEqual(events.slice(0, 3).map((event) => event.type),
    ['response.created', 'response.queued', 'response.in_progress']);
  assert.equal(response.status, 'completed');
});

test('stored responses are retrieved, listed and deleted', async () => {
  const created = await client.responses.create({ model: 'gpt-4o-mini', input: 'Hello there', instructions: 'Be brief.' });
  const retrieved = await client.responses.retrieve(created.id);
  const items = await client.responses.inputItems.list(created.id);

  assert.equal(retrieved.output_text, created.output_text);
  assert.equal(items.data.length, 1);
  assert.equal(items.data[0].content[0].text, 'Hello there');

  await client.responses.delete(created.id);
  await assert.rejects(client.responses.retrieve(created.id), OpenAI.NotFoundError);
});
