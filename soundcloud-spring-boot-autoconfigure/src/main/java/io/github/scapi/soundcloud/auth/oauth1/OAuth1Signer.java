package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;

/**
 * Signs requests with OAuth 1.0a (RFC 5849): builds the signature base string, signs it and
 * renders the protocol parameters as an {@code Authorization} header (§3.5.1) or as query
 * parameters of a URL (§3.5.3).
 *
 * <p>Every signature gets a fresh nonce and the current timestamp, so a request that is
 * retried or redirected must be signed again rather than sent with its old header. The
 * clock and the nonce source can be replaced, which tests use to reproduce published
 * vectors.
 *
 * <p>What goes into the signature: the query parameters of the URL, the parameters of an
 * {@code application/x-www-form-urlencoded} body (given as a map, never read from the
 * body), and the {@code oauth_*} protocol parameters. Multipart and JSON bodies are not
 * decomposed; when their bytes are known, an {@code oauth_body_hash} can cover them.
 *
 * <p>Instances are immutable and thread-safe; credentials are passed to each call, so one
 * signer can serve any number of clients.
 *
 * @author scapi contributors
 */
public final class OAuth1Signer {

	/** The value of {@code oauth_version}. */
	public static final String VERSION = "1.0";

	private static final String SIGNATURE = "oauth_signature";

	private static final String BODY_HASH = "oauth_body_hash";

	private static final Set<String> SIGNER_PARAMETERS = Set.of("oauth_consumer_key", "oauth_token",
			"oauth_signature_method", "oauth_timestamp", "oauth_nonce", "oauth_version", SIGNATURE, BODY_HASH);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(KeyedMac::new);

	private static final Comparator<String[]> BY_NAME_THEN_VALUE = Comparator
		.<String[], String>comparing((pair) -> pair[0])
		.thenComparing((pair) -> pair[1]);

	private final OAuth1SignatureMethod signatureMethod;

	private final @Nullable String realm;

	private final Clock clock;

	private final Supplier<String> nonceSource;

	/**
	 * Create a signer that uses HMAC-SHA1, no realm, the system clock and nonces of 16
	 * random bytes from {@link SecureRandom}.
	 */
	public OAuth1Signer() {
		this(OAuth1SignatureMethod.HMAC_SHA1, null, Clock.systemUTC(), OAuth1Signer::randomNonce);
	}

	private OAuth1Signer(OAuth1SignatureMethod signatureMethod, @Nullable String realm, Clock clock,
			Supplier<String> nonceSource) {
		this.signatureMethod = signatureMethod;
		this.realm = realm;
		this.clock = clock;
		this.nonceSource = nonceSource;
	}

	/**
	 * Return a signer like this one that uses the given signature method.
	 * @param signatureMethod the signature method
	 * @return a new signer
	 */
	public OAuth1Signer withSignatureMethod(OAuth1SignatureMethod signatureMethod) {
		Assert.notNull(signatureMethod, "'signatureMethod' must not be null");
		return new OAuth1Signer(signatureMethod, this.realm, this.clock, this.nonceSource);
	}

	/**
	 * Return a signer like this one that adds {@code realm} to the {@code Authorization}
	 * header. The realm is never part of the signature.
	 * @param realm the realm, or {@code null} for none
	 * @return a new signer
	 */
	public OAuth1Signer withRealm(@Nullable String realm) {
		Assert.isTrue(realm == null || realm.chars().noneMatch((c) -> c == '"' || c == '\\' || c < 0x20),
				"'realm' must not contain quotes, backslashes or control characters");
		return new OAuth1Signer(this.signatureMethod, realm, this.clock, this.nonceSource);
	}

	/**
	 * Return a signer like this one that takes {@code oauth_timestamp} from the given clock.
	 * @param clock the clock
	 * @return a new signer
	 */
	public OAuth1Signer withClock(Clock clock) {
		Assert.notNull(clock, "'clock' must not be null");
		return new OAuth1Signer(this.signatureMethod, this.realm, clock, this.nonceSource);
	}

	/**
	 * Return a signer like this one that takes each {@code oauth_nonce} from the given
	 * source. The source must be thread-safe and should not repeat itself.
	 * @param nonceSource supplies a non-empty nonce per call
	 * @return a new signer
	 */
	public OAuth1Signer withNonceSource(Supplier<String> nonceSource) {
		Assert.notNull(nonceSource, "'nonceSource' must not be null");
		return new OAuth1Signer(this.signatureMethod, this.realm, this.clock, nonceSource);
	}

	/**
	 * Return the signature method this signer uses.
	 * @return the signature method
	 */
	public OAuth1SignatureMethod getSignatureMethod() {
		return this.signatureMethod;
	}

	/**
	 * Sign a request without form parameters and return the {@code Authorization} header
	 * value.
	 * @param credentials the credentials to sign with
	 * @param method the HTTP method
	 * @param uri the absolute request URI, including its query
	 * @return the header value, starting with {@code OAuth }
	 */
	public String authorizationHeader(OAuth1Credentials credentials, HttpMethod method, URI uri) {
		return authorizationHeader(credentials, method, uri, null, null, Map.of());
	}

	/**
	 * Sign a request and return the {@code Authorization} header value.
	 * @param credentials the credentials to sign with
	 * @param method the HTTP method
	 * @param uri the absolute request URI, including its query
	 * @param formParameters the decoded parameters of an
	 * {@code application/x-www-form-urlencoded} body, or {@code null} for any other body
	 * @return the header value, starting with {@code OAuth }
	 */
	public String authorizationHeader(OAuth1Credentials credentials, HttpMethod method, URI uri,
			@Nullable MultiValueMap<String, String> formParameters) {
		return authorizationHeader(credentials, method, uri, formParameters, null, Map.of());
	}

	/**
	 * Sign a request and return the {@code Authorization} header value: {@code realm}
	 * (when configured) followed by every protocol parameter, signature included, sorted by
	 * name and percent-encoded (§3.5.1).
	 * @param credentials the credentials to sign with
	 * @param method the HTTP method
	 * @param uri the absolute request URI, including its query
	 * @param formParameters the decoded parameters of an
	 * {@code application/x-www-form-urlencoded} body, or {@code null} for any other body
	 * @param body the bytes of a body that is not form-encoded, to be covered by
	 * {@code oauth_body_hash}; {@code null} when unknown or when there is no such body
	 * @param extraParameters further protocol parameters such as {@code oauth_callback}
	 * or {@code oauth_verifier}; names must start with {@code oauth_} and must not be ones
	 * the signer sets itself
	 * @return the header value, starting with {@code OAuth }
	 */
	public String authorizationHeader(OAuth1Credentials credentials, HttpMethod method, URI uri,
			@Nullable MultiValueMap<String, String> formParameters, byte @Nullable [] body,
			Map<String, String> extraParameters) {
		SortedMap<String, String> parameters = signedParameters(credentials, method, uri, formParameters, body,
				extraParameters);
		StringBuilder header = new StringBuilder("OAuth ");
		if (this.realm != null) {
			header.append("realm=\"").append(this.realm).append("\", ");
		}
		boolean first = true;
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (!first) {
				header.append(", ");
			}
			header.append(OAuth1Encoding.encode(parameter.getKey()))
				.append("=\"")
				.append(OAuth1Encoding.encode(parameter.getValue()))
				.append('"');
			first = false;
		}
		return header.toString();
	}

	/**
	 * Sign a URL so that it can be fetched without an {@code Authorization} header, as
	 * scapi's {@code oauth_sign_get_request} did for stream and download links: the
	 * protocol parameters, signature included, are appended to the query (§3.5.3). The
	 * existing query is kept byte for byte, except that {@code oauth_*} parameters from an
	 * earlier signature are dropped, so a signed URL can be signed again.
	 * @param credentials the credentials to sign with
	 * @param method the HTTP method the URL will be fetched with, usually GET
	 * @param url the absolute URL
	 * @return the signed URL
	 */
	public URI signUrl(OAuth1Credentials credentials, HttpMethod method, URI url) {
		Assert.notNull(url, "'url' must not be null");
		String text = url.toString();
		int fragmentStart = text.indexOf('#');
		String fragment = (fragmentStart < 0) ? "" : text.substring(fragmentStart);
		String withoutFragment = (fragmentStart < 0) ? text : text.substring(0, fragmentStart);
		int queryStart = withoutFragment.indexOf('?');
		String base = (queryStart < 0) ? withoutFragment : withoutFragment.substring(0, queryStart);
		String query = (queryStart < 0) ? null : withoutOAuthParameters(withoutFragment.substring(queryStart + 1));
		URI unsigned = URI.create(base + ((query != null) ? "?" + query : "") + fragment);
		SortedMap<String, String> parameters = signedParameters(credentials, method, unsigned, null, null, Map.of());
		StringBuilder signed = new StringBuilder(base).append('?');
		if (query != null && !query.isEmpty()) {
			signed.append(query).append('&');
		}
		boolean first = true;
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (!first) {
				signed.append('&');
			}
			signed.append(OAuth1Encoding.encode(parameter.getKey()))
				.append('=')
				.append(OAuth1Encoding.encode(parameter.getValue()));
			first = false;
		}
		return URI.create(signed.append(fragment).toString());
	}

	private static String withoutOAuthParameters(String query) {
		List<String> kept = new ArrayList<>();
		for (String segment : query.split("&", -1)) {
			int equals = segment.indexOf('=');
			String name = OAuth1Encoding.decode((equals < 0) ? segment : segment.substring(0, equals));
			if (!name.startsWith("oauth_")) {
				kept.add(segment);
			}
		}
		return String.join("&", kept);
	}

	/**
	 * Compute the protocol parameters of one signature, {@code oauth_signature} included.
	 */
	SortedMap<String, String> signedParameters(OAuth1Credentials credentials, HttpMethod method, URI uri,
			@Nullable MultiValueMap<String, String> formParameters, byte @Nullable [] body,
			Map<String, String> extraParameters) {
		Assert.notNull(credentials, "'credentials' must not be null");
		Assert.notNull(method, "'method' must not be null");
		Assert.notNull(uri, "'uri' must not be null");
		Assert.notNull(extraParameters, "'extraParameters' must not be null");
		Assert.isTrue(body == null || formParameters == null,
				"'body' is hashed only when it is not form-encoded; form parameters are signed instead");
		SortedMap<String, String> parameters = new TreeMap<>();
		extraParameters.forEach((name, value) -> {
			Assert.isTrue(name.startsWith("oauth_") && !SIGNER_PARAMETERS.contains(name),
					() -> "'extraParameters' must hold only further oauth_* parameters, not '" + name + "'");
			Assert.notNull(value, () -> "'extraParameters' has no value for '" + name + "'");
			parameters.put(name, value);
		});
		parameters.put("oauth_consumer_key", credentials.consumerKey());
		if (credentials.token() != null) {
			parameters.put("oauth_token", credentials.token());
		}
		parameters.put("oauth_signature_method", this.signatureMethod.getValue());
		parameters.put("oauth_timestamp", Long.toString(this.clock.instant().getEpochSecond()));
		String nonce = this.nonceSource.get();
		Assert.state(nonce != null && !nonce.isEmpty(), "the nonce source supplied no nonce");
		parameters.put("oauth_nonce", nonce);
		parameters.put("oauth_version", VERSION);
		if (body != null) {
			parameters.put(BODY_HASH, bodyHash(body));
		}
		String baseString = signatureBaseString(method, uri, formParameters, parameters);
		parameters.put(SIGNATURE, signature(credentials, baseString));
		return parameters;
	}

	/**
	 * Sign a signature base string with the configured method (§3.4.2, §3.4.4).
	 */
	String signature(OAuth1Credentials credentials, String baseString) {
		String tokenSecret = (credentials.tokenSecret() != null) ? credentials.tokenSecret() : "";
		String key = OAuth1Encoding.encode(credentials.consumerSecret()) + "&" + OAuth1Encoding.encode(tokenSecret);
		if (this.signatureMethod == OAuth1SignatureMethod.PLAINTEXT) {
			return key;
		}
		try {
			// looking up the algorithm costs more than the signature, and keying it about as much:
			// a Mac per thread is reused, and keyed again only when the key changes
			KeyedMac keyed = HMAC_SHA1.get();
			if (!key.equals(keyed.key)) {
				keyed.key = null;
				keyed.mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
				keyed.key = key;
			}
			return Base64.getEncoder().encodeToString(keyed.mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			// every Java platform must support HmacSHA1
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
	}

	/**
	 * Build the signature base string of RFC 5849 §3.4.1: the upper-case method, the base
	 * string URI and the normalized parameters, each percent-encoded and joined by
	 * {@code &}. The base string URI has a lower-case scheme and host, no default port, the
	 * path as sent and no query. The parameters are those of the query (decoded, then
	 * re-encoded), of the form body and the protocol parameters, sorted by encoded name and
	 * then encoded value; {@code oauth_signature} and {@code realm} are left out.
	 * @param method the HTTP method
	 * @param uri the absolute request URI, including its query
	 * @param formParameters the decoded parameters of an
	 * {@code application/x-www-form-urlencoded} body, or {@code null}
	 * @param protocolParameters the {@code oauth_*} parameters, decoded
	 * @return the signature base string
	 */
	public static String signatureBaseString(HttpMethod method, URI uri,
			@Nullable MultiValueMap<String, String> formParameters, Map<String, String> protocolParameters) {
		Assert.notNull(method, "'method' must not be null");
		Assert.notNull(uri, "'uri' must not be null");
		Assert.notNull(protocolParameters, "'protocolParameters' must not be null");
		// the request line carries the ASCII form, so that is what the server signs too
		URI ascii = ascii(uri);
		List<String[]> pairs = new ArrayList<>();
		if (ascii.getRawQuery() != null) {
			for (Map.Entry<String, String> pair : OAuth1Encoding.splitRaw(ascii.getRawQuery())) {
				pairs.add(new String[] { OAuth1Encoding.normalizeRaw(pair.getKey()),
						OAuth1Encoding.normalizeRaw(pair.getValue()) });
			}
		}
		if (formParameters != null) {
			formParameters.forEach((name, values) -> {
				for (String value : values) {
					pairs.add(new String[] { OAuth1Encoding.encode(name),
							OAuth1Encoding.encode((value != null) ? value : "") });
				}
			});
		}
		protocolParameters.forEach((name, value) -> {
			if (!"realm".equals(name)) {
				pairs.add(new String[] { OAuth1Encoding.encode(name), OAuth1Encoding.encode(value) });
			}
		});
		pairs.removeIf((pair) -> SIGNATURE.equals(pair[0]));
		pairs.sort(BY_NAME_THEN_VALUE);
		// method & encode(base URI) & encode(normalized parameters), the last encoded while it is
		// written: "&" and "=" between the (already encoded) pairs become %26 and %3D
		StringBuilder base = new StringBuilder(256);
		OAuth1Encoding.encodeInto(base, method.name().toUpperCase(Locale.ROOT));
		base.append('&');
		OAuth1Encoding.encodeInto(base, baseStringUri(ascii));
		base.append('&');
		boolean first = true;
		for (String[] pair : pairs) {
			if (!first) {
				base.append("%26");
			}
			OAuth1Encoding.encodeInto(base, pair[0]);
			base.append("%3D");
			OAuth1Encoding.encodeInto(base, pair[1]);
			first = false;
		}
		return base.toString();
	}

	/** The URI itself when it is ASCII already, as nearly every request URI is. */
	private static URI ascii(URI uri) {
		String text = uri.toString();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return URI.create(uri.toASCIIString());
			}
		}
		return uri;
	}

	static String baseStringUri(URI uri) {
		Assert.isTrue(uri.isAbsolute() && !uri.isOpaque(), "'uri' must be an absolute http(s) URI");
		String host = uri.getHost();
		Assert.isTrue(host != null, "'uri' must have a host");
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		String path = uri.getRawPath();
		return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
				+ ((path == null || path.isEmpty()) ? "/" : path);
	}

	/**
	 * Compute {@code oauth_body_hash} for a body that is not form-encoded: the Base64 of
	 * its SHA-1 digest (OAuth Request Body Hash draft).
	 * @param body the exact bytes sent
	 * @return the body hash
	 */
	public static String bodyHash(byte[] body) {
		Assert.notNull(body, "'body' must not be null");
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(body));
		}
		catch (GeneralSecurityException ex) {
			// every Java platform must support SHA-1
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

	private static String randomNonce() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** A thread's HMAC-SHA1 instance and the key it was last initialised with. */
	private static final class KeyedMac {

		private final Mac mac;

		private @Nullable String key;

		KeyedMac() {
			try {
				this.mac = Mac.getInstance("HmacSHA1");
			}
			catch (GeneralSecurityException ex) {
				// every Java platform must support HmacSHA1
				throw new IllegalStateException("HmacSHA1 is not available", ex);
			}
		}

	}

	@Override
	public String toString() {
		return "OAuth1Signer[" + this.signatureMethod.getValue() + ((this.realm != null) ? ", realm=" + this.realm : "")
				+ "]";
	}

}
