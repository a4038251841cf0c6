import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The floor for the stream benchmark: the least a server can do to send the same streams.
 * A bare NIO server (no HTTP parsing, no JSON, no framework) that answers every
 * connection's first request with a chunked SSE response of 53 fixed frames of the size
 * fakeai sends (role, 50 tokens, finish, [DONE]): the first after --ttft-ms, then one every
 * --itl-ms, from --loops event loops that each keep their streams in a heap. What it cannot
 * hold on a machine, no server can: the client and the kernel's loopback cost the same.
 *
 * Run with the JDK's single-file launcher (no build), on 127.0.0.1 only:
 *   java bench/StreamFloor.java --port 18190 --loops 2 --ttft-ms 200 --itl-ms 20 --tokens 50
 */
public final class StreamFloor {

	private static final byte[] HEAD = ("HTTP/1.1 200 \r\nContent-Type: text/event-stream;charset=UTF-8\r\n"
			+ "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n")
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] FRAME = chunk("{\"id\":\"chatcmpl-Cz8a7b6c5d4e3f2a1b0c9d8e7f6a5b4\","
			+ "\"object\":\"chat.completion.chunk\",\"created\":1795676060,\"model\":\"gpt-4o-mini-2024-07-18\","
			+ "\"system_fingerprint\":\"fp_4c4ae7272f\",\"service_tier\":\"default\",\"choices\":[{\"index\":0,"
			+ "\"delta\":{\"content\":\" leaves\"},\"logprobs\":null,\"finish_reason\":null}]}");

	private static final byte[] DONE = concat(chunk("[DONE]"), "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(option(args, "port", "18190"));
		int loops = Integer.parseInt(option(args, "loops", "2"));
		long ttft = (long) (Double.parseDouble(option(args, "ttft-ms", "200")) * 1_000_000L);
		long itl = (long) (Double.parseDouble(option(args, "itl-ms", "20")) * 1_000_000L);
		int tokens = Integer.parseInt(option(args, "tokens", "50"));
		Loop[] all = new Loop[loops];
		for (int i = 0; i < loops; i++) {
			all[i] = new Loop(ttft, itl, tokens);
			Thread thread = new Thread(all[i], "floor-loop-" + i);
			thread.start();
		}
		try (ServerSocketChannel server = ServerSocketChannel.open()) {
			server.bind(new InetSocketAddress("127.0.0.1", port), 8192);
			for (int i = 0;; i++) {
				SocketChannel channel = server.accept();
				channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
				Loop loop = all[i % loops];
				loop.incoming.add(channel);
				loop.selector.wakeup();
			}
		}
	}

	private static String option(String[] args, String name, String otherwise) {
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (args[i].equals("--" + name)) {
				return args[i + 1];
			}
		}
		return otherwise;
	}

	private static byte[] chunk(String data) {
		byte[] body = ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
		byte[] size = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		return concat(concat(size, body), "\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** One stream: its channel, when its next frame is due and how many went out. */
	private static final class Stream {

		final SocketChannel channel;

		long due;

		int sent;

		boolean started;

		Stream(SocketChannel channel) {
			this.channel = channel;
		}

	}

	/** An event loop: reads requests and fires due frames from a heap. */
	private static final class Loop implements Runnable {

		final Selector selector;

		final ConcurrentLinkedQueue<SocketChannel> incoming = new ConcurrentLinkedQueue<>();

		private final PriorityQueue<Stream> heap = new PriorityQueue<>(Comparator.comparingLong((s) -> s.due));

		private final ByteBuffer in = ByteBuffer.allocateDirect(16 * 1024);

		private final ByteBuffer out = ByteBuffer.allocateDirect(4 * 1024);

		private final long ttft;

		private final long itl;

		private final int tokens;

		Loop(long ttft, long itl, int tokens) throws IOException {
			this.selector = Selector.open();
			this.ttft = ttft;
			this.itl = itl;
			this.tokens = tokens;
		}

		@Override
		public void run() {
			try {
				while (true) {
					Stream head = this.heap.peek();
					long wait = (head == null) ? 100 : (head.due - System.nanoTime()) / 1_000_000L;
					if (wait <= 0) {
						this.selector.selectNow();
					}
					else {
						this.selector.select(wait);
					}
					for (SocketChannel channel = this.incoming.poll(); channel != null; channel = this.incoming
						.poll()) {
						channel.configureBlocking(false);
						channel.register(this.selector, SelectionKey.OP_READ, new Stream(channel));
					}
					for (SelectionKey key : this.selector.selectedKeys()) {
						read(key);
					}
					this.selector.selectedKeys().clear();
					long now = System.nanoTime();
					while ((head = this.heap.peek()) != null && head.due - 200_000L <= now) {
						this.heap.poll();
						fire(head, now);
						now = System.nanoTime();
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private void read(SelectionKey key) throws IOException {
			Stream stream = (Stream) key.attachment();
			this.in.clear();
			int read;
			try {
				read = stream.channel.read(this.in);
			}
			catch (IOException ex) {
				read = -1;
			}
			if (read < 0) {
				key.cancel();
				stream.channel.close();
			}
			else if (read > 0 && !stream.started) {
				stream.started = true;
				stream.sent = 0;
				write(stream, HEAD);
				stream.due = System.nanoTime() + this.ttft;
				this.heap.add(stream);
			}
		}

		/**
		 * Role and first token together, then a token a time, then finish and [DONE]; the
		 * next token is due a delay after this one went out, as fakeai does it.
		 */
		private void fire(Stream stream, long now) {
			if (stream.sent == 0) {
				write(stream, FRAME);
			}
			write(stream, FRAME);
			stream.sent++;
			if (stream.sent < this.tokens) {
				stream.due = now + this.itl;
				this.heap.add(stream);
			}
			else {
				write(stream, FRAME);
				write(stream, DONE);
				stream.started = false;
			}
		}

		private void write(Stream stream, byte[] bytes) {
			this.out.clear();
			this.out.put(bytes);
			this.out.flip();
			try {
				stream.channel.write(this.out);
			}
			catch (IOException ex) {
				stream.started = false;
			}
		}

	}

}
