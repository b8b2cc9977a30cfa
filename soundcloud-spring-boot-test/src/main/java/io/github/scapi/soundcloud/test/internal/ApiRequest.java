package io.github.scapi.soundcloud.test.internal;

import java.util.Locale;

import com.github.tomakehurst.wiremock.http.Request;
import org.jspecify.annotations.Nullable;

/**
 * What a handler sees of a request.
 *
 * @param method the HTTP method, upper case
 * @param target the parsed request target
 * @param apiBase scheme, host and port the client used, plus the base path: links in
 * responses start with it so that they lead back to this fake
 * @param raw the WireMock request, for headers and body
 */
record ApiRequest(String method, RequestTarget target, String apiBase, Request raw) {

	static ApiRequest of(Request request, String basePath) {
		RequestTarget target = RequestTarget.parse(request.getUrl(), basePath);
		String origin = request.getScheme() + "://" + request.getHost() + ":" + request.getPort();
		return new ApiRequest(request.getMethod().getName().toUpperCase(Locale.ROOT), target,
				origin + basePath, request);
	}

	@Nullable String param(String name) {
		return this.target.query().first(name);
	}

	@Nullable String header(String name) {
		return this.raw.getHeader(name);
	}

	/**
	 * Reads the parameters of a write, from the query and the body, nested the Rails way.
	 */
	FormTree form() {
		return RequestForms.read(this);
	}

	/**
	 * Returns the scheme, host and port the client used, without the base path.
	 */
	String origin() {
		int afterScheme = this.apiBase.indexOf("://") + 3;
		int slash = this.apiBase.indexOf('/', afterScheme);
		return (slash < 0) ? this.apiBase : this.apiBase.substring(0, slash);
	}

}
