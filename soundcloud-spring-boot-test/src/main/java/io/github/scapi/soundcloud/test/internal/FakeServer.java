package io.github.scapi.soundcloud.test.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options.ChunkedEncodingPolicy;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.scapi.soundcloud.test.FakeDataset;
import io.github.scapi.soundcloud.test.FakeRequest;

/**
 * Runs the WireMock server behind a fake: one catch-all stub, at the lowest priority, whose
 * responses {@link FakeApiTransformer} computes, so stubs added by tests win.
 */
public final class FakeServer {

	private static final int CATCH_ALL_PRIORITY = 1000;

	private final FakeSettings settings;

	private final InMemoryDataset dataset;

	private final WireMockServer wireMock;

	private final int port;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private FakeServer(FakeSettings settings, InMemoryDataset dataset, WireMockServer wireMock) {
		this.settings = settings;
		this.dataset = dataset;
		this.wireMock = wireMock;
		this.port = wireMock.port();
	}

	/**
	 * Starts a server.
	 * @param settings the settings
	 * @return the running server
	 */
	public static FakeServer start(FakeSettings settings) {
		InMemoryDataset dataset = InMemoryDataset.standard();
		ApiRouter router = new ApiRouter(settings, dataset, new TokenStore(settings.accessToken()));
		WireMockConfiguration options = WireMockConfiguration.options()
			.port(settings.port())
			.extensions(new FakeApiTransformer(router, settings.latency()))
			.notifier(new ConsoleNotifier(false))
			.templatingEnabled(false)
			.gzipDisabled(true)
			.useChunkedTransferEncoding(ChunkedEncodingPolicy.NEVER);
		WireMockServer wireMock = new WireMockServer(options);
		wireMock.start();
		wireMock.stubFor(WireMock.any(WireMock.anyUrl())
			.atPriority(CATCH_ALL_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(FakeApiTransformer.NAME)));
		return new FakeServer(settings, dataset, wireMock);
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public FakeSettings settings() {
		return this.settings;
	}

	/**
	 * Returns the dataset served.
	 * @return the dataset
	 */
	public FakeDataset dataset() {
		return this.dataset;
	}

	/**
	 * Returns the WireMock server.
	 * @return the server
	 */
	public WireMockServer wireMock() {
		return this.wireMock;
	}

	/**
	 * Returns the port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns the base URL, with the base path.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://localhost:" + port() + this.settings.basePath();
	}

	/**
	 * Returns the recorded requests, oldest first.
	 * @return the requests
	 */
	public List<FakeRequest> requests() {
		return RequestJournal.requests(this.wireMock, this.settings.basePath());
	}

	/**
	 * Stops the server once.
	 */
	public void stop() {
		if (this.stopped.compareAndSet(false, true)) {
			this.wireMock.stop();
		}
	}

}
