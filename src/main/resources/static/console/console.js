/*
 * FakeAI console: the model registry, a chat playground and the request journal, in plain
 * JavaScript with no build step. It calls only the public API (/v1 and the admin API under
 * /__admin), as any client would; keys typed in are kept in this tab's sessionStorage.
 */
(function () {
	'use strict';

	const $ = (id) => document.getElementById(id);
	const VIEWS = ['models', 'playground', 'journal'];
	const JOURNAL_ROWS = 100;
	const WEATHER_TOOL = {
		type: 'function',
		function: {
			name: 'get_weather',
			description: 'Get the current weather in a city',
			parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }
		}
	};
	const state = { cards: [], byId: new Map(), selected: null, history: [], abort: null, journal: [], journalTotal: 0, journalReads: 0, journalTimer: null };

	/* ---------- helpers ---------- */

	function el(tag, attributes, ...children) {
		const node = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes || {})) {
			if (value === false || value === null || value === undefined) continue;
			if (name === 'class') node.className = value;
			else if (name === 'text') node.textContent = value;
			else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
			else node.setAttribute(name, value === true ? '' : value);
		}
		for (const child of children.flat(Infinity)) {
			if (child !== null && child !== undefined && child !== false) {
				node.append(child instanceof Node ? child : document.createTextNode(String(child)));
			}
		}
		return node;
	}

	function key(name) {
		return sessionStorage.getItem('fakeai.' + name) || '';
	}

	function headers(admin, withBody) {
		const result = {};
		const value = key(admin ? 'adminKey' : 'apiKey');
		if (value) result.Authorization = 'Bearer ' + value;
		if (withBody) result['Content-Type'] = 'application/json';
		return result;
	}

	class ApiError extends Error {
		constructor(status, error) {
			super(error.message || ('HTTP ' + status));
			this.status = status;
			this.error = error;
		}
	}

	async function request(path, options) {
		const { method = 'GET', body, admin = false, signal } = options || {};
		return fetch(path, {
			method,
			headers: headers(admin, body !== undefined),
			body: body === undefined ? undefined : JSON.stringify(body),
			signal
		});
	}

	async function errorOf(response) {
		const text = await response.text();
		try {
			const parsed = JSON.parse(text);
			if (parsed && parsed.error) return new ApiError(response.status, parsed.error);
		} catch (ignored) {
			// not JSON: shown as it came
		}
		return new ApiError(response.status, { message: text || response.statusText });
	}

	async function getJson(path, admin) {
		const response = await request(path, { admin });
		if (!response.ok) throw await errorOf(response);
		return response.json();
	}

	function describeError(error) {
		if (!(error instanceof ApiError)) return String(error.message || error);
		const parts = [error.status + ' ' + (error.error.type || 'error')];
		if (error.error.code) parts.push(error.error.code);
		return parts.join(' · ') + ': ' + error.error.message + (error.error.param ? ' (param: ' + error.error.param + ')' : '');
	}

	function pretty(value) {
		return JSON.stringify(value, null, 2);
	}

	function number(value, digits) {
		return value === null || value === undefined ? '-' : Number(value).toLocaleString('en', { maximumFractionDigits: digits || 0 });
	}

	/* ---------- views ---------- */

	function route() {
		const name = VIEWS.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'models';
		for (const view of VIEWS) {
			$('view-' + view).hidden = view !== name;
			const tab = $('tab-' + view);
			if (view === name) tab.setAttribute('aria-current', 'page');
			else tab.removeAttribute('aria-current');
		}
		document.title = 'FakeAI console: ' + $('tab-' + name).textContent;
		journalLive(name === 'journal');
		if (name === 'journal') loadJournal();
	}

	/* ---------- models ---------- */

	async function loadModels() {
		const query = new URLSearchParams({ detailed: 'true' });
		if ($('model-capability').value) query.set('capability', $('model-capability').value);
		if ($('model-provider').value) query.set('provider', $('model-provider').value);
		try {
			const list = await getJson('v1/models?' + query);
			if (state.cards.length === 0 || query.toString() === 'detailed=true') {
				state.cards = list.data;
				state.byId = new Map(list.data.map((card) => [card.id, card]));
				fillFilters(list.data);
				fillChatModels(list.data);
			}
			state.visible = list.data;
			renderList();
			if (!state.selected && state.byId.has('gpt-4o-mini')) select('gpt-4o-mini');
		} catch (error) {
			$('model-match').textContent = 'The models could not be listed: ' + describeError(error);
		}
	}

	function fillFilters(cards) {
		const capability = $('model-capability');
		const provider = $('model-provider');
		if (capability.options.length === 1 && cards.length) {
			for (const name of Object.keys(cards[0].capabilities.features)) {
				capability.append(el('option', { value: name, text: name.replace(/_/g, ' ') }));
			}
		}
		if (provider.options.length === 1) {
			const providers = [...new Set(cards.map((card) => card.capabilities.provider))].sort();
			for (const name of providers) provider.append(el('option', { value: name, text: name }));
		}
	}

	function matches(card, text) {
		if (!text) return true;
		const words = text.toLowerCase().split(/\s+/).filter(Boolean);
		const haystack = [card.id, card.display_name, card.owned_by, card.capabilities.provider, card.capabilities.family,
			...(card.aliases || [])].join(' ').toLowerCase();
		const squashed = haystack.replace(/[^a-z0-9]/g, '');
		return words.every((word) => haystack.includes(word) || squashed.includes(word.replace(/[^a-z0-9]/g, '')));
	}

	function renderList(best) {
		const text = $('model-query').value.trim();
		const shown = (state.visible || []).filter((card) => matches(card, text) || card.id === best);
		if (best) shown.sort((a, b) => (b.id === best) - (a.id === best));
		const list = $('model-list');
		list.replaceChildren(...shown.map((card) => el('li', {},
			el('button', {
				type: 'button',
				class: card.id === best ? 'best' : '',
				'aria-pressed': String(card.id === state.selected),
				'data-model': card.id,
				onclick: () => select(card.id)
			}, el('span', {}, card.id, card.deprecated ? el('span', { class: 'badge', text: 'deprecated' }) : null),
			el('span', { class: 'owner', text: card.capabilities.provider })))));
		$('model-count').textContent = shown.length + ' of ' + state.cards.length + ' models';
	}

	let searchTimer = null;

	function onSearch() {
		clearTimeout(searchTimer);
		renderList();
		searchTimer = setTimeout(lookup, 250);
	}

	/* The server's own lookup (exact, alias, normalized, fuzzy), as a request naming the model would get. */
	async function lookup() {
		const text = $('model-query').value.trim();
		const status = $('model-match');
		if (!text) {
			status.textContent = '';
			return;
		}
		const response = await request('v1/models/' + encodeURIComponent(text));
		if ($('model-query').value.trim() !== text) return;
		if (response.ok) {
			const model = await response.json();
			const how = response.headers.get('X-FakeAI-Model-Match') || '';
			status.replaceChildren('Best match for “' + text + '”: ', el('strong', { text: model.id }),
				how ? ' (' + how.replace('; ', ', ') + ')' : '');
			renderList(model.id);
			select(model.id);
		} else if (response.status !== 404) {
			status.textContent = 'The lookup failed: ' + describeError(await errorOf(response));
		} else {
			const error = await errorOf(response);
			const suggestions = (response.headers.get('X-FakeAI-Model-Suggestions') || '').split(',').map((s) => s.trim()).filter(Boolean);
			status.textContent = 'No model is named “' + text + '”' + (suggestions.length ? '; did you mean ' + suggestions.join(', ') + '?' : ' (' + describeError(error) + ')');
			renderList(suggestions[0]);
		}
	}

	function select(id) {
		state.selected = id;
		for (const button of document.querySelectorAll('#model-list button')) {
			button.setAttribute('aria-pressed', String(button.dataset.model === id));
		}
		const card = state.byId.get(id);
		if (card) renderCard(card);
	}

	function renderCard(card) {
		const caps = card.capabilities;
		const features = Object.entries(caps.features);
		const price = card.pricing;
		const latency = caps.latency || {};
		const facts = [
			['Provider', caps.provider], ['Owned by', card.owned_by], ['Family', caps.family],
			['Snapshot', card.snapshot], ['Aliases', (card.aliases || []).join(', ')],
			['Context window', number(caps.context_window) + ' tokens'], ['Max output', number(caps.max_output_tokens) + ' tokens'],
			['Max input', caps.max_input_tokens ? number(caps.max_input_tokens) + ' tokens' : null],
			['Batch size', number(caps.max_batch_size)], ['Tokenizer', caps.tokenizer],
			['Parameters', caps.parameter_count ? number(caps.parameter_count / 1e9, 1) + 'B' : null],
			['Active parameters', caps.active_parameters ? number(caps.active_parameters / 1e9, 1) + 'B' : null],
			['Status', card.active ? (card.deprecated ? 'deprecated' + (card.shutdown_date ? ', shuts down ' + card.shutdown_date : '') : 'active') : 'retired'],
			['Released', card.metadata && card.metadata.released]
		].filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== '-');
		const pricing = price ? [
			['Input', price.input_per_million], ['Cached input', price.cached_input_per_million], ['Output', price.output_per_million],
			...Object.entries(price.other_units || {})
		].filter(([, value]) => value !== null && value !== undefined) : [];
		const definition = (rows) => el('dl', {}, rows.map(([name, value]) => [el('dt', { text: name }), el('dd', { text: String(value) })]));
		$('model-card').replaceChildren(
			el('h3', { id: 'card-title' }, card.display_name || card.id),
			el('p', { class: 'hint' }, el('code', { text: card.id }), card.description ? ' ' + card.description : ''),
			el('h4', { text: 'Capabilities' }),
			el('ul', { class: 'features', 'aria-label': 'Capabilities' }, features.map(([name, on]) =>
				el('li', { class: on ? 'yes' : 'no', text: name.replace(/_/g, ' ') + (on ? '' : ' (no)') }))),
			el('h4', { text: 'Limits' }), definition(facts),
			el('h4', { text: 'Latency profile' }), definition([
				['Time to first token', number(latency.time_to_first_token_ms) + ' ms'],
				['Tokens per second', number(latency.tokens_per_second, 1)],
				['Between tokens', number(latency.min_inter_token_delay_ms, 1) + ' to ' + number(latency.max_inter_token_delay_ms, 1) + ' ms']
			]),
			el('h4', { text: 'Prices (USD per million tokens)' }),
			pricing.length ? definition(pricing.map(([name, value]) => [name.replace(/_/g, ' '), '$' + value])) : el('p', { class: 'hint', text: 'No published price.' }),
			caps.features.chat ? el('p', {}, el('a', { href: '#playground', onclick: () => { $('chat-model').value = card.id; onChatModel(); } }, 'Chat with ' + card.id + ' in the playground')) : null
		);
	}

	/* ---------- playground ---------- */

	function fillChatModels(cards) {
		const select = $('chat-model');
		const current = select.value;
		const chat = cards.filter((card) => card.capabilities.features.chat);
		select.replaceChildren(...chat.map((card) => el('option', { value: card.id, text: card.id })));
		select.value = current || (chat.some((card) => card.id === 'gpt-4o-mini') ? 'gpt-4o-mini' : (chat[0] && chat[0].id));
		onChatModel();
	}

	function onChatModel() {
		const card = state.byId.get($('chat-model').value);
		if (!card) return;
		const features = card.capabilities.features;
		$('tools-note').textContent = features.function_calling ? '' : '(this model has no function calling: the API will refuse)';
		$('json-note').textContent = features.json_mode ? '' : '(not supported: the API will refuse)';
		$('chat-model-note').textContent = 'Context ' + number(card.capabilities.context_window) + ' tokens, up to '
			+ number(card.capabilities.max_output_tokens) + ' out; ' + number(card.capabilities.latency.time_to_first_token_ms)
			+ ' ms to first token, ' + number(card.capabilities.latency.tokens_per_second, 1) + ' tokens/s.';
	}

	function turn(role, text) {
		const item = el('li', { class: role }, el('span', { class: 'role', text: role }), el('span', { class: 'text', text: text || '' }));
		$('transcript').append(item);
		item.scrollIntoView({ block: 'nearest' });
		return item.querySelector('.text');
	}

	function chatRequest() {
		const messages = [];
		const system = $('chat-system').value.trim();
		if (system) messages.push({ role: 'system', content: system });
		messages.push(...state.history);
		const body = { model: $('chat-model').value, messages };
		if ($('chat-stream').checked) {
			body.stream = true;
			body.stream_options = { include_usage: true };
		}
		if ($('chat-tools').checked) body.tools = [WEATHER_TOOL];
		if ($('chat-json').checked) body.response_format = { type: 'json_object' };
		const max = parseInt($('chat-max-tokens').value, 10);
		if (max > 0) body.max_completion_tokens = max;
		return body;
	}

	function resetTiming() {
		for (const id of ['timing-ttft', 'timing-tps', 'timing-total', 'timing-tokens']) $(id).textContent = '-';
		$('raw-response').textContent = '';
		$('raw-frames').textContent = '';
		$('frame-count').textContent = '';
		$('chat-error').hidden = true;
	}

	function showTiming(sent, first, last, done, usage) {
		$('timing-ttft').textContent = first ? Math.round(first - sent) + ' ms' : '-';
		$('timing-total').textContent = Math.round(done - sent) + ' ms';
		if (usage) {
			$('timing-tokens').textContent = usage.prompt_tokens + ' / ' + usage.completion_tokens;
			const seconds = first && last > first ? (last - first) / 1000 : (done - sent) / 1000;
			const tokens = first && last > first ? usage.completion_tokens - 1 : usage.completion_tokens;
			$('timing-tps').textContent = seconds > 0 && tokens > 0 ? number(tokens / seconds, 1) : '-';
		}
	}

	function showError(error) {
		const box = $('chat-error');
		box.replaceChildren(el('strong', { text: 'The API refused the request. ' }), describeError(error));
		box.hidden = false;
	}

	function toolText(calls) {
		return calls.map((call) => 'tool call: ' + call.function.name + '(' + call.function.arguments + ')').join('\n');
	}

	function remember(message) {
		state.history.push(message);
		if (message.tool_calls) {
			// The console runs no tools: it answers each call so the conversation stays valid.
			for (const call of message.tool_calls) {
				state.history.push({ role: 'tool', tool_call_id: call.id, content: '{"note":"the console runs no tools"}' });
			}
		}
	}

	async function send(event) {
		event.preventDefault();
		const text = $('chat-input').value.trim();
		if (!text || state.abort) return;
		resetTiming();
		state.history.push({ role: 'user', content: text });
		turn('user', text);
		const body = chatRequest();
		$('raw-request').textContent = 'POST /v1/chat/completions\n\n' + pretty(body);
		const controller = new AbortController();
		state.abort = controller;
		$('chat-send').disabled = true;
		$('chat-stop').disabled = false;
		const sent = performance.now();
		try {
			const response = await request('v1/chat/completions', { method: 'POST', body, signal: controller.signal });
			if (!response.ok) {
				const error = await errorOf(response);
				$('raw-response').textContent = response.status + '\n\n' + pretty({ error: error.error });
				state.history.pop();
				$('transcript').lastElementChild.classList.add('refused');
				showError(error);
				showTiming(sent, null, null, performance.now(), null);
				return;
			}
			const meta = 'HTTP ' + response.status + '  x-request-id: ' + (response.headers.get('x-request-id') || '-') + '\n\n';
			if (body.stream) await readStream(response, sent, meta);
			else {
				const answer = await response.json();
				const done = performance.now();
				$('raw-response').textContent = meta + pretty(answer);
				const message = answer.choices[0].message;
				turn('assistant', message.content || '');
				if (message.tool_calls) turn('tool', toolText(message.tool_calls));
				remember({ role: 'assistant', content: message.content, ...(message.tool_calls ? { tool_calls: message.tool_calls } : {}) });
				showTiming(sent, null, null, done, answer.usage);
			}
			$('chat-input').value = '';
		} catch (error) {
			if (error.name === 'AbortError') turn('assistant', '(stopped)');
			else showError(error);
		} finally {
			state.abort = null;
			$('chat-send').disabled = false;
			$('chat-stop').disabled = true;
		}
	}

	async function readStream(response, sent, meta) {
		const reader = response.body.getReader();
		const decoder = new TextDecoder();
		const output = turn('assistant', '');
		const frames = $('raw-frames');
		const calls = [];
		let buffer = '';
		let content = '';
		let first = null;
		let last = null;
		let usage = null;
		let count = 0;
		$('raw-response').textContent = meta + '(streamed: see the SSE frames)';
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			buffer += decoder.decode(value, { stream: true });
			let end;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const frame = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				count++;
				frames.append(frame + '\n\n');
				const data = frame.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
				if (!data || data === '[DONE]') continue;
				const chunk = JSON.parse(data);
				if (chunk.error) throw new ApiError(200, chunk.error);
				if (chunk.usage) usage = chunk.usage;
				const delta = chunk.choices && chunk.choices[0] && chunk.choices[0].delta;
				if (!delta) continue;
				if (delta.content || delta.tool_calls) {
					last = performance.now();
					if (first === null) {
						first = last;
						$('timing-ttft').textContent = Math.round(first - sent) + ' ms';
					}
				}
				if (delta.content) {
					content += delta.content;
					output.textContent = content;
				}
				for (const part of delta.tool_calls || []) {
					const call = calls[part.index] || (calls[part.index] = { id: part.id, type: 'function', function: { name: '', arguments: '' } });
					if (part.id) call.id = part.id;
					if (part.function && part.function.name) call.function.name += part.function.name;
					if (part.function && part.function.arguments) call.function.arguments += part.function.arguments;
				}
			}
			$('frame-count').textContent = '(' + count + ')';
		}
		if (calls.length) turn('tool', toolText(calls));
		remember({ role: 'assistant', content: content || null, ...(calls.length ? { tool_calls: calls } : {}) });
		showTiming(sent, first, last, performance.now(), usage);
	}

	function resetChat() {
		if (state.abort) state.abort.abort();
		state.history = [];
		$('transcript').replaceChildren();
		$('raw-request').textContent = '';
		resetTiming();
		$('chat-input').focus();
	}

	/* ---------- journal ---------- */

	/* After the first read, only what arrived since the newest entry shown is asked for (`since` is
	   inclusive, so entries are merged by id); a journal that shrank is read whole, and so is every
	   fifteenth read (a reset by another client between two reads does not shrink it). */
	async function loadJournal() {
		const status = $('journal-status');
		state.journalReads = (state.journalReads + 1) % 15;
		const newest = state.journal.length && state.journalReads !== 0 ? state.journal[0].timestamp : null;
		try {
			const list = await getJson('__admin/requests?limit=' + JOURNAL_ROWS + (newest ? '&since=' + encodeURIComponent(newest) : ''), true);
			if (!newest || list.total < state.journalTotal) {
				state.journal = newest ? (await getJson('__admin/requests?limit=' + JOURNAL_ROWS, true)).data : list.data;
			} else {
				const known = new Set(state.journal.map((entry) => entry.id));
				state.journal = list.data.filter((entry) => !known.has(entry.id)).concat(state.journal).slice(0, JOURNAL_ROWS);
			}
			state.journalTotal = list.total;
			renderJournal();
			status.textContent = state.journal.length + ' of ' + list.total + ' requests (newest first), updated ' + new Date().toLocaleTimeString();
		} catch (error) {
			status.textContent = 'The journal could not be read: ' + describeError(error);
		}
	}

	function renderJournal() {
		const rows = state.journal.map((entry) => el('tr', {
			tabindex: '0',
			'aria-selected': String(entry.id === state.journalSelected),
			onclick: () => showEntry(entry.id),
			onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); showEntry(entry.id); } }
		},
		el('td', { text: new Date(entry.timestamp).toLocaleTimeString() }),
		el('td', {}, el('code', { text: entry.method + ' ' + entry.path + (entry.query ? '?' + entry.query : '') }), entry.streamed ? ' (stream)' : ''),
		el('td', { text: entry.resolved_model || entry.model || '' }),
		el('td', { class: entry.status >= 400 ? 'fail' : 'ok', text: String(entry.status) }),
		el('td', { text: String(entry.duration_ms) })));
		document.querySelector('#journal-table tbody').replaceChildren(...rows);
	}

	function showEntry(id) {
		state.journalSelected = id;
		renderJournal();
		const entry = state.journal.find((candidate) => candidate.id === id);
		if (!entry) return;
		$('journal-entry').replaceChildren(
			el('h3', { text: entry.method + ' ' + entry.path }),
			el('p', { class: 'hint' }, el('code', { text: entry.id }), ' at ' + entry.timestamp + ', ' + entry.status + ' in ' + entry.duration_ms + ' ms'
				+ (entry.fixture ? ', answered by fixture ' + (entry.fixture.name || entry.fixture.id || '') : '')),
			el('h4', { text: 'Request' }), el('pre', { tabindex: '0', text: pretty(entry.request) }),
			el('h4', { text: 'Response' }), el('pre', { tabindex: '0', text: typeof entry.response === 'string' ? entry.response : pretty(entry.response) }),
			el('h4', { text: 'Headers' }), el('pre', { tabindex: '0', text: pretty(entry.headers) }));
	}

	function journalLive(on) {
		clearInterval(state.journalTimer);
		state.journalTimer = on && $('journal-live').checked ? setInterval(loadJournal, 2000) : null;
	}

	async function clearJournal() {
		const response = await request('__admin/requests', { method: 'DELETE', admin: true });
		if (!response.ok) $('journal-status').textContent = 'The journal could not be cleared: ' + describeError(await errorOf(response));
		else {
			state.journal = [];
			loadJournal();
		}
	}

	/* ---------- start ---------- */

	function start() {
		for (const [id, name] of [['api-key', 'apiKey'], ['admin-key', 'adminKey']]) {
			$(id).value = key(name);
			$(id).addEventListener('change', () => {
				sessionStorage.setItem('fakeai.' + name, $(id).value.trim());
				loadModels();
			});
		}
		$('model-filters').addEventListener('submit', (event) => { event.preventDefault(); lookup(); });
		$('model-query').addEventListener('input', onSearch);
		$('model-capability').addEventListener('change', loadModels);
		$('model-provider').addEventListener('change', loadModels);
		$('chat-form').addEventListener('submit', send);
		$('chat-model').addEventListener('change', onChatModel);
		$('chat-stop').addEventListener('click', () => state.abort && state.abort.abort());
		$('chat-reset').addEventListener('click', resetChat);
		$('chat-input').addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) $('chat-form').requestSubmit();
		});
		$('journal-refresh').addEventListener('click', loadJournal);
		$('journal-live').addEventListener('change', () => journalLive(!$('view-journal').hidden));
		$('journal-clear').addEventListener('click', clearJournal);
		window.addEventListener('hashchange', route);
		route();
		loadModels();
	}

	start();
}());
