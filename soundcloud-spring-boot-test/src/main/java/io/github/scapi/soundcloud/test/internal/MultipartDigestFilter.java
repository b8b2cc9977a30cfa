package io.github.scapi.soundcloud.test.internal;

import java.util.Locale;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the body of every {@code multipart/form-data} request with its
 * {@link MultipartDigest} and the bytes of its file parts with nothing, before WireMock
 * matches and records the request. Without it, the request journal would keep every upload
 * (twice: body and parts) until the requests are reset. When the request carries an OAuth
 * 1.0a {@code oauth_body_hash}, the digest keeps the hash of the original body for the
 * verifier.
 */
final class MultipartDigestFilter implements StubRequestFilterV2 {

	@Override
	public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
		String contentType = request.getHeader("Content-Type");
		if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return RequestFilterAction.continueWith(request);
		}
		byte[] digest;
		try {
			String authorization = String.valueOf(request.getHeader("Authorization")) + request.getUrl();
			String bodyHash = authorization.contains("oauth_body_hash")
					? OAuth1Signature.bodyHash(request.getBody()) : null;
			digest = MultipartDigest.encode(MultipartDigest.pairs(request.getParts()), bodyHash);
		}
		catch (RuntimeException ex) {
			// a malformed body goes on as it is, and the API answers 400
			return RequestFilterAction.continueWith(request);
		}
		Request digested = RequestWrapper.create()
			.transformBody((body) -> new Body(digest))
			.transformParts((part) -> (part.getFileName() != null) ? new EmptiedPart(part) : part)
			.wrap(request);
		return RequestFilterAction.continueWith(digested);
	}

	@Override
	public String getName() {
		return "soundcloud-fake-multipart-digest";
	}

	/**
	 * A file part without its bytes.
	 */
	private record EmptiedPart(Request.Part part) implements Request.Part {

		@Override
		public String getName() {
			return this.part.getName();
		}

		@Override
		public @Nullable String getFileName() {
			return this.part.getFileName();
		}

		@Override
		public HttpHeader getHeader(String name) {
			return this.part.getHeader(name);
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.part.getHeaders();
		}

		@Override
		public Body getBody() {
			return new Body(new byte[0]);
		}

	}

}
