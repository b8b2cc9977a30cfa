package io.github.scapi.soundcloud.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scripted HTTP/1.1 server on loopback for the hostile cases: each accepted connection runs
 * the script on its own daemon thread. It counts connections and the bytes the script wrote,
 * and notes when the client closed a connection. Closing it closes every socket, which ends
 * every script.
 */
final class LoopbackServer implements AutoCloseable {

	/** What the server does with one connection. */
	interface Script {

		void serve(Connection connection) throws Exception;

	}

	private final ServerSocket serverSocket;

	private final Script script;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicLong written = new AtomicLong();

	private final CountDownLatch clientHungUp = new CountDownLatch(1);

	LoopbackServer(Script script) throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.script = script;
		Thread acceptor = new Thread(this::accept, "loopback-server-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.sockets.add(socket);
				this.connections.incrementAndGet();
				Thread worker = new Thread(() -> serve(socket), "loopback-server-connection");
				worker.setDaemon(true);
				worker.start();
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			this.script.serve(new Connection(socket));
		}
		catch (SocketTimeoutException | InterruptedException ex) {
			// the script gave up waiting
		}
		catch (Exception ex) {
			// the client hung up, or the server was closed
			this.clientHungUp.countDown();
		}
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.serverSocket.getLocalPort() + path);
	}

	int connections() {
		return this.connections.get();
	}

	long written() {
		return this.written.get();
	}

	/** Whether a script failed writing or reading because the client closed its connection. */
	boolean awaitClientHangUp(long millis) throws InterruptedException {
		return this.clientHungUp.await(millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

	/** One accepted connection, as the script sees it. */
	final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		Connection(Socket socket) throws IOException {
			this.socket = socket;
			this.in = socket.getInputStream();
			this.out = socket.getOutputStream();
		}

		/** Reads a request head (without a body); {@code false} when the client closed instead. */
		boolean readRequest() throws IOException {
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int datum;
			while ((datum = this.in.read()) != -1) {
				head.write(datum);
				if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
					return true;
				}
			}
			return false;
		}

		/** Reads whatever the client sends until it closes, or fails if it does not within the time. */
		void readUntilClosed(long millis) throws IOException {
			this.socket.setSoTimeout((int) millis);
			byte[] buffer = new byte[65536];
			while (this.in.read(buffer) != -1) {
				// dropped
			}
			throw new IOException("the client closed the connection");
		}

		void write(String text) throws IOException {
			write(text.getBytes(StandardCharsets.ISO_8859_1));
		}

		void write(byte[] bytes) throws IOException {
			this.out.write(bytes);
			this.out.flush();
			LoopbackServer.this.written.addAndGet(bytes.length);
		}

		/** Writes one byte every {@code periodMillis}, {@code count} times. */
		void trickle(int count, long periodMillis) throws IOException, InterruptedException {
			for (int i = 0; i < count; i++) {
				Thread.sleep(periodMillis);
				write(new byte[] { 'x' });
			}
		}

	}

}
