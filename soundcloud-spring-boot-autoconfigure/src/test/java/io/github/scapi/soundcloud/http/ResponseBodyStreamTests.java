package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The response body against a scripted publisher: demand, markers, drain limits and close.
 */
@Timeout(10)
class ResponseBodyStreamTests {

	private final Demand demand = new Demand();

	private final ResponseBodyStream body = new ResponseBodyStream(0, null);

	@Test
	void asksForOneListAheadOfTheReaderOnly() throws IOException {
		this.body.subscriber().onSubscribe(this.demand);
		assertThat(this.demand.requested).hasValue(1);
		deliver("ab");
		deliver("cd");
		// nothing read yet: no more asked for
		assertThat(this.demand.requested).hasValue(1);
		assertThat(this.body.read()).isEqualTo('a');
		assertThat(this.demand.requested).hasValue(2);
		assertThat(this.body.read()).isEqualTo('b');
		assertThat(this.demand.requested).hasValue(2);
		assertThat(this.body.read()).isEqualTo('c');
		assertThat(this.demand.requested).hasValue(3);
	}

	@Test
	void emptyListsFromTheClientDoNotEndTheBody() throws IOException {
		this.body.subscriber().onSubscribe(this.demand);
		this.body.subscriber().onNext(List.of());
		this.body.subscriber().onNext(List.of(ByteBuffer.allocate(0), bytes("hello")));
		this.body.subscriber().onNext(List.of());
		this.body.subscriber().onComplete();
		assertThat(this.body.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("hello");
		assertThat(this.body.read()).isEqualTo(-1);
	}

	@Test
	void aFailureOfTheClientIsAnIOExceptionAfterTheBytesBeforeIt() throws IOException {
		this.body.subscriber().onSubscribe(this.demand);
		deliver("ab");
		this.body.subscriber().onError(new IOException("connection reset"));
		assertThat(this.body.readNBytes(2)).asString(StandardCharsets.US_ASCII).isEqualTo("ab");
		assertThatExceptionOfType(IOException.class).isThrownBy(this.body::read)
			.withMessageContaining("connection reset");
	}

	@Test
	void closeDrainsASmallRestSoTheConnectionIsKept() {
		this.body.subscriber().onSubscribe(this.demand);
		deliver("x".repeat(ResponseBodyStream.DRAIN_LIMIT));
		this.body.subscriber().onComplete();
		this.body.close();
		assertThat(this.demand.cancelled).isFalse();
		assertThatExceptionOfType(IOException.class).isThrownBy(this.body::read).withMessageContaining("closed");
	}

	@Test
	void closeCancelsARestPastTheDrainLimit() {
		this.body.subscriber().onSubscribe(this.demand);
		// more than the limit, and the client has not seen the end yet
		deliver("x".repeat(ResponseBodyStream.DRAIN_LIMIT + 1));
		this.body.close();
		assertThat(this.demand.cancelled).isTrue();
	}

	@Test
	void aBodyTheClientAlreadyHasWholeIsNotCancelled() {
		// the client returned the connection to its pool when it saw the end: nothing to cancel
		this.body.subscriber().onSubscribe(this.demand);
		deliver("x".repeat(ResponseBodyStream.DRAIN_LIMIT + 1));
		this.body.subscriber().onComplete();
		this.body.close();
		assertThat(this.demand.cancelled).isFalse();
	}

	@Test
	void closeCancelsWhenTheEndDoesNotComePromptly() {
		this.body.subscriber().onSubscribe(this.demand);
		long start = System.nanoTime();
		this.body.close();
		assertThat(this.demand.cancelled).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start))
			.isGreaterThanOrEqualTo(Duration.ofNanos(ResponseBodyStream.DRAIN_WAIT_NANOS))
			.isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void anInterruptedCloseDoesNotWaitAndKeepsTheStatus() {
		this.body.subscriber().onSubscribe(this.demand);
		Thread.currentThread().interrupt();
		try {
			this.body.close();
			assertThat(this.demand.cancelled).isTrue();
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void aSubscriptionAfterTheCloseIsCancelled() {
		Thread.currentThread().interrupt();
		try {
			this.body.close();
		}
		finally {
			Thread.interrupted();
		}
		this.body.subscriber().onSubscribe(this.demand);
		assertThat(this.demand.cancelled).isTrue();
		assertThat(this.demand.requested).hasValue(0);
	}

	@Test
	void anInterruptedReaderWithNothingToReadFailsAtOnce() {
		this.body.subscriber().onSubscribe(this.demand);
		Thread.currentThread().interrupt();
		try {
			assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(this.body::read);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
			assertThat(this.demand.cancelled).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void theReadTimeoutBoundsEachWait() {
		ResponseBodyStream timed = new ResponseBodyStream(Duration.ofMillis(200).toNanos(), null);
		timed.subscriber().onSubscribe(this.demand);
		assertThatExceptionOfType(java.net.http.HttpTimeoutException.class).isThrownBy(timed::read)
			.withMessage("no response body bytes for 200 ms");
		assertThat(this.demand.cancelled).isTrue();
	}

	private void deliver(String text) {
		this.body.subscriber().onNext(List.of(bytes(text)));
	}

	private static ByteBuffer bytes(String text) {
		return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
	}

	/** Counts what the body asks of the client. */
	private static final class Demand implements Flow.Subscription {

		final AtomicLong requested = new AtomicLong();

		volatile boolean cancelled;

		@Override
		public void request(long n) {
			this.requested.addAndGet(n);
		}

		@Override
		public void cancel() {
			this.cancelled = true;
		}

	}

}
