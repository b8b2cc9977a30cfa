package io.github.scapi.soundcloud.resilience;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;

/**
 * A transport that trusts WireMock's self-signed certificate. Tests only.
 */
final class TrustingTls {

	private TrustingTls() {
	}

	static BlockingJdkClientHttpRequestFactory requestFactory() {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new TrustEverything() }, new SecureRandom());
			SSLParameters parameters = new SSLParameters();
			parameters.setEndpointIdentificationAlgorithm(null);
			HttpClient client = HttpClient.newBuilder()
				.sslContext(context)
				.sslParameters(parameters)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(2))
				.build();
			return new BlockingJdkClientHttpRequestFactory(client);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class TrustEverything extends X509ExtendedTrustManager {

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

	}

}
