package io.github.scapi.soundcloud.auth.oauth2;

import java.util.List;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.UrlRedactor;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of a token request, printing secrets masked. Spring's {@code RestClient}
 * logs request bodies at DEBUG through their {@code toString()}, which would print refresh
 * tokens, authorization codes and PKCE verifiers; this map masks them and writes them
 * unchanged.
 */
final class RedactedTokenRequestParameters extends LinkedMultiValueMap<String, String> {

	RedactedTokenRequestParameters(MultiValueMap<String, String> parameters) {
		super(parameters);
	}

	@Override
	public String toString() {
		return entrySet().stream()
			.map((entry) -> entry.getKey() + "="
					+ (UrlRedactor.isSensitive(entry.getKey()) ? List.of(UrlRedactor.MASK) : entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

	@Override
	public RedactedTokenRequestParameters clone() {
		return new RedactedTokenRequestParameters(this);
	}


}
