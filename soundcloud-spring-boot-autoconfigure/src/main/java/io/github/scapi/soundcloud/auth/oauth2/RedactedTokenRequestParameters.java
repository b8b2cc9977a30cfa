package io.github.scapi.soundcloud.auth.oauth2;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;


import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of a token request, printing secrets masked. Spring's {@code RestClient}
 * logs request bodies at DEBUG through their {@code toString()}, which would print refresh
 * tokens, authorization codes and PKCE verifiers; this map masks every value but the grant
 * type, scope and redirect URI, and writes them unchanged.
 */
final class RedactedTokenRequestParameters extends LinkedMultiValueMap<String, String> {

	/**
	 * The parameters shown: those that say what was asked for. Every other one (client
	 * credentials, codes, verifiers, refresh tokens, assertions, and any a later grant adds)
	 * is masked.
	 */
	private static final Set<String> SHOWN = Set.of("grant_type", "scope", "redirect_uri");

	RedactedTokenRequestParameters(MultiValueMap<String, String> parameters) {
		super(parameters);
	}

	@Override
	public String toString() {
		return entrySet().stream()
			.map((entry) -> entry.getKey() + "="
					+ (SHOWN.contains(entry.getKey()) ? entry.getValue() : List.of("***")))
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
