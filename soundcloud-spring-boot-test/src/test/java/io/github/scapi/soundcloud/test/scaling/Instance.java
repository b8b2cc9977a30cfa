package io.github.scapi.soundcloud.test.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SharedStateInstance} in a JVM of its own, started with the test's class path.
 *
 * @author scapi contributors
 */
final class Instance implements AutoCloseable {

	private final Process process;

	private final Writer commands;

	private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

	private final StringBuffer output = new StringBuffer();

	private Instance(Process process) {
		this.process = process;
		this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					this.output.append(line).append('\n');
					if (line.startsWith("@@ ")) {
						this.replies.add(line.substring(3));
					}
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "instance-output");
		reader.setDaemon(true);
		reader.start();
	}

	static Instance start(String timeZone, List<String> arguments) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx160m", "-XX:TieredStopAtLevel=1",
				"-Xshare:auto", "-Duser.timezone=" + timeZone, "-cp", System.getProperty("java.class.path"),
				SharedStateInstance.class.getName()));
		command.addAll(arguments);
		try {
			return new Instance(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void awaitReady() {
		String reply = reply(90);
		if (!"READY".equals(reply)) {
			throw new IllegalStateException("Instance did not start: " + reply + "\n" + this.output);
		}
	}

	void send(String command) {
		try {
			this.commands.write(command + "\n");
			this.commands.flush();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String reply(int seconds) {
		try {
			String reply = this.replies.poll(seconds, TimeUnit.SECONDS);
			if (reply == null) {
				throw new IllegalStateException("No reply in " + seconds + " s\n" + this.output);
			}
			return reply;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The counts of a {@code DONE ok=.. limited=.. failed=.. reset=.. failure=..} reply.
	 */
	Map<String, String> done(int seconds) {
		String reply = reply(seconds);
		if (!reply.startsWith("DONE ")) {
			throw new IllegalStateException("Unexpected reply " + reply + "\n" + this.output);
		}
		Map<String, String> values = new java.util.LinkedHashMap<>();
		String rest = reply.substring(5);
		int failureAt = rest.indexOf(" failure=");
		values.put("failure", rest.substring(failureAt + 9));
		for (String pair : rest.substring(0, failureAt).split(" ")) {
			int eq = pair.indexOf('=');
			values.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return values;
	}

	long pid() {
		return this.process.pid();
	}

	String output() {
		return this.output.toString();
	}

	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
