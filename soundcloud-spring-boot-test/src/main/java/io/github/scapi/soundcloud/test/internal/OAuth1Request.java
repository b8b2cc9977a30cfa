package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Request;
import org.jspecify.annotations.Nullable;

/**
 * What OAuth 1.0a verification needs of a request, taken as the client sent it.
 *
 * @param method the HTTP method, upper case
 * @param baseStringUri the base string URI (RFC 5849 §3.4.1.2)
 * @param parameters every parameter from the {@code Authorization} header (but
 * {@code realm}), the query and a form body, {@code oauth_signature} included
 * @param protocol the {@code oauth_*} parameters by name; each appears once
 * @param body the raw body
 * @param formBody whether the body is {@code application/x-www-form-urlencoded}
 */
record OAuth1Request(String method, String baseStringUri, List<Parameter> parameters, Map<String, String> protocol,
		byte[] body, boolean formBody) {

	private static final String FORM = "application/x-www-form-urlencoded";

	static OAuth1Request of(ApiRequest request) {
		Request raw = request.raw();
		String host = raw.getHeader("Host");
		if (host == null || host.isBlank()) {
			host = raw.getHost() + ":" + raw.getPort();
		}
		byte[] body = (raw.getBody() != null) ? raw.getBody() : new byte[0];
		return of(request.method(), raw.getScheme(), host, raw.getUrl(), raw.getHeader("Authorization"),
				raw.getHeader("Content-Type"), body);
	}

	/**
	 * Collects the parameters of a request.
	 * @param method the HTTP method
	 * @param scheme the scheme the client used
	 * @param host the {@code Host} header
	 * @param rawTarget the request target as sent: raw path and query
	 * @param authorization the {@code Authorization} header, if any
	 * @param contentType the {@code Content-Type} header, if any
	 * @param body the raw body
	 * @throws OAuth1Exception when the header is unreadable or a protocol parameter repeats
	 */
	static OAuth1Request of(String method, String scheme, String host, String rawTarget,
			@Nullable String authorization, @Nullable String contentType, byte[] body) {
		int question = rawTarget.indexOf('?');
		String rawPath = (question < 0) ? rawTarget : rawTarget.substring(0, question);
		List<Parameter> parameters = new ArrayList<>();
		if (OAuth1Header.isOAuth1(authorization)) {
			try {
				OAuth1Header.parse(authorization)
					.stream()
					.filter((parameter) -> !"realm".equals(parameter.name()))
					.forEach(parameters::add);
			}
			catch (IllegalArgumentException ex) {
				throw OAuth1Exception.badRequest("parameter_rejected", ex.getMessage());
			}
		}
		if (question >= 0) {
			addAll(parameters, QueryParams.parse(rawTarget.substring(question + 1)));
		}
		boolean form = isForm(contentType);
		if (form && body.length > 0) {
			addAll(parameters, QueryParams.parse(new String(body, StandardCharsets.UTF_8)));
		}
		String uri = SignatureBaseString.uri(scheme, host, rawPath);
		return new OAuth1Request(method.toUpperCase(Locale.ROOT), uri, List.copyOf(parameters), protocol(parameters),
				body, form);
	}

	/**
	 * Returns the Base64 SHA-1 of the body as the client sent it: for a multipart body that
	 * the fake replaced with its digest, the hash the digest kept.
	 */
	String bodyHash() {
		if (MultipartDigest.isDigest(this.body)) {
			String kept = MultipartDigest.bodyHash(this.body);
			if (kept != null) {
				return kept;
			}
		}
		return OAuth1Signature.bodyHash(this.body);
	}

	/**
	 * Returns whether the request carries any OAuth 1.0a protocol parameter.
	 */
	boolean isSigned() {
		return !this.protocol.isEmpty();
	}

	@Nullable String protocolParameter(String name) {
		return this.protocol.get(name);
	}

	/**
	 * The parameters that enter the base string: all but {@code oauth_signature}.
	 */
	List<Parameter> signedParameters() {
		return this.parameters.stream().filter((parameter) -> !"oauth_signature".equals(parameter.name())).toList();
	}

	private static void addAll(List<Parameter> parameters, QueryParams params) {
		params.asMap().forEach((name, values) -> values.forEach((value) -> parameters.add(new Parameter(name, value))));
	}

	private static boolean isForm(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		int semicolon = contentType.indexOf(';');
		String mediaType = ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).strip();
		return FORM.equalsIgnoreCase(mediaType);
	}

	private static Map<String, String> protocol(List<Parameter> parameters) {
		Map<String, String> protocol = new LinkedHashMap<>();
		for (Parameter parameter : parameters) {
			if (parameter.isProtocol() && protocol.put(parameter.name(), parameter.value()) != null) {
				throw OAuth1Exception.badRequest("parameter_rejected", parameter.name() + " appears more than once");
			}
		}
		return Map.copyOf(protocol);
	}

}
