import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens many concurrent streaming chat completions against fakeai from one selector thread
 * and measures, per stream, the time to the first token and the delay between tokens; samples
 * the server's threads and resident memory from /proc while it runs. Like a client's
 * connection pool, it connects first (all connections, then a second to settle) and then
 * sends the requests, spread over --ramp-ms, so the figures measure streaming rather than
 * the rate at which one acceptor thread takes new TCP connections.
 *
 * Run with the JDK's single-file launcher (no build):
 *   java bench/StreamLoad.java --port 8080 --pid SERVER_PID --streams 5000 --tokens 50 \
 *        --ttft-ms 200 --itl-ms 20 --ramp-ms 1000
 * Traffic goes to 127.0.0.1 only; the run is bounded by --timeout-s.
 */
public final class StreamLoad {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int port = Integer.parseInt(options.getOrDefault("port", "8080"));
		int streams = Integer.parseInt(options.getOrDefault("streams", "5000"));
		int tokens = Integer.parseInt(options.getOrDefault("tokens", "50"));
		double ttftMs = Double.parseDouble(options.getOrDefault("ttft-ms", "200"));
		double itlMs = Double.parseDouble(options.getOrDefault("itl-ms", "20"));
		long rampNanos = Long.parseLong(options.getOrDefault("ramp-ms", "1000")) * 1_000_000L;
		long timeoutNanos = Long.parseLong(options.getOrDefault("timeout-s", "120")) * 1_000_000_000L;
		String pid = options.get("pid");
		String model = options.getOrDefault("model", "gpt-4o-mini");
		byte[] request = request(port, model, tokens, ttftMs, itlMs);

		Selector selector = Selector.open();
		Stream[] all = new Stream[streams];
		for (int i = 0; i < streams; i++) {
			all[i] = new Stream(request, tokens);
			all[i].open(selector, port);
		}
		int connected = 0;
		long connectDeadline = System.nanoTime() + timeoutNanos;
		while (connected < streams && System.nanoTime() < connectDeadline) {
			selector.select(10);
			for (SelectionKey key : selector.selectedKeys()) {
				if (((Stream) key.attachment()).connect(key)) {
					connected++;
				}
			}
			selector.selectedKeys().clear();
		}
		Thread.sleep(1000);
		long start = System.nanoTime();
		int opened = 0;
		int finished = 0;
		int peakOpen = 0;
		int peakThreads = 0;
		long nextSample = start;
		ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
		while (finished < streams && System.nanoTime() - start < timeoutNanos) {
			long now = System.nanoTime();
			while (opened < streams && now - start >= rampNanos * opened / streams) {
				all[opened].send(selector);
				opened++;
			}
			if (pid != null && now >= nextSample) {
				peakThreads = Math.max(peakThreads, procValue(pid, "Threads:"));
				nextSample = now + 100_000_000L;
			}
			selector.select(1);
			for (SelectionKey key : selector.selectedKeys()) {
				Stream stream = (Stream) key.attachment();
				if (stream.handle(key, buffer)) {
					finished++;
				}
			}
			selector.selectedKeys().clear();
			int open = opened - finished;
			peakOpen = Math.max(peakOpen, open);
		}
		long elapsed = System.nanoTime() - start;
		report(all, opened, finished, tokens, ttftMs, itlMs, peakOpen, peakThreads, pid, elapsed);
	}

	private static byte[] request(int port, String model, int tokens, double ttftMs, double itlMs) {
		String body = "{\"model\":\"" + model + "\",\"stream\":true,\"max_tokens\":" + tokens
				+ ",\"messages\":[{\"role\":\"user\",\"content\":\"Why do leaves change colour in autumn? "
				+ "Explain the reasons in detail.\"}]}";
		String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nX-FakeAI-TTFT-Ms: " + ttftMs
				+ "\r\nX-FakeAI-ITL-Ms: " + itlMs + "\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
		return (head + body).getBytes(StandardCharsets.UTF_8);
	}

	private static void report(Stream[] all, int opened, int finished, int tokens, double ttftMs, double itlMs,
			int peakOpen, int peakThreads, String pid, long elapsed) {
		List<Double> ttft = new ArrayList<>();
		List<Double> itl = new ArrayList<>();
		int complete = 0;
		int failed = 0;
		for (int i = 0; i < opened; i++) {
			Stream stream = all[i];
			if (stream.complete()) {
				complete++;
				ttft.add((stream.frameTimes[1] - stream.sent) / 1e6);
				for (int k = 2; k <= tokens; k++) {
					itl.add((stream.frameTimes[k] - stream.frameTimes[k - 1]) / 1e6);
				}
			}
			else {
				failed++;
			}
		}
		System.out.printf("streams: %d opened, %d complete, %d failed or incomplete, peak concurrent %d, %.1f s%n",
				opened, complete, failed, peakOpen, elapsed / 1e9);
		System.out.printf("time to first token (profile %.0f ms): %s%n", ttftMs, percentiles(ttft));
		System.out.printf("inter-token delay (profile %.0f ms): %s%n", itlMs, percentiles(itl));
		if (pid != null) {
			System.out.printf("server threads (peak sampled): %d; server RSS peak (VmHWM): %d MiB%n", peakThreads,
					procValue(pid, "VmHWM:") / 1024);
		}
	}

	private static String percentiles(List<Double> values) {
		if (values.isEmpty()) {
			return "no samples";
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)", at(sorted, 0.50),
				at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1], sorted.length);
	}

	private static double at(double[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
	}

	private static int procValue(String pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
				if (line.startsWith(field)) {
					return Integer.parseInt(line.substring(field.length()).trim().split("\\s+")[0]);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
		return -1;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

	/** One streaming request: connect, write, then timestamp every SSE frame it reads. */
	private static final class Stream {

		private final ByteBuffer request;

		private final int expectedFrames;

		final long[] frameTimes;

		long sent;

		private int frames;

		private boolean previousNewline;

		private boolean done;

		private boolean ok = true;

		Stream(byte[] request, int tokens) {
			this.request = ByteBuffer.wrap(request);
			this.expectedFrames = tokens + 3;
			this.frameTimes = new long[this.expectedFrames + 8];
		}

		private SocketChannel channel;

		private SelectionKey key;

		void open(Selector selector, int port) throws IOException {
			this.channel = SocketChannel.open();
			this.channel.configureBlocking(false);
			this.channel.connect(new InetSocketAddress("127.0.0.1", port));
			this.key = this.channel.register(selector, SelectionKey.OP_CONNECT, this);
		}

		/** Finishes connecting; returns true once connected (or failed). */
		boolean connect(SelectionKey key) {
			try {
				if (key.isConnectable() && this.channel.finishConnect()) {
					key.interestOps(0);
					return true;
				}
				return false;
			}
			catch (IOException ex) {
				this.ok = false;
				key.interestOps(0);
				return true;
			}
		}

		void send(Selector selector) {
			if (!this.ok) {
				this.done = true;
				return;
			}
			try {
				this.channel.write(this.request);
				this.sent = System.nanoTime();
				this.key.interestOps(SelectionKey.OP_READ);
			}
			catch (IOException ex) {
				this.ok = false;
			}
		}

		boolean complete() {
			return this.ok && this.frames >= this.expectedFrames;
		}

		/** Returns true once the stream has ended (complete or not). */
		boolean handle(SelectionKey key, ByteBuffer buffer) {
			SocketChannel channel = (SocketChannel) key.channel();
			try {
				if (key.isReadable()) {
					buffer.clear();
					int read = channel.read(buffer);
					long now = System.nanoTime();
					if (read < 0) {
						return end(key);
					}
					buffer.flip();
					scan(buffer, now);
					if (this.frames >= this.expectedFrames) {
						return end(key);
					}
				}
				return false;
			}
			catch (IOException ex) {
				this.ok = false;
				return end(key);
			}
		}

		private void scan(ByteBuffer buffer, long now) {
			while (buffer.hasRemaining()) {
				byte b = buffer.get();
				if (b == '\n' && this.previousNewline) {
					if (this.frames < this.frameTimes.length) {
						this.frameTimes[this.frames] = now;
					}
					this.frames++;
					this.previousNewline = false;
				}
				else {
					this.previousNewline = (b == '\n');
				}
			}
		}

		private boolean end(SelectionKey key) {
			if (this.done) {
				return false;
			}
			this.done = true;
			key.cancel();
			try {
				key.channel().close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			return true;
		}

	}

}
