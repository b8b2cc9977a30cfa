package io.github.scapi.soundcloud.test.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PKCE {@code S256} against RFC 7636 Appendix B.
 */
class PkceTests {

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@Test
	void matchesTheRfcExample() {
		assertThat(Pkce.challenge(VERIFIER)).isEqualTo(CHALLENGE);
		assertThat(Pkce.matches(VERIFIER, CHALLENGE)).isTrue();
		assertThat(Pkce.isValidChallenge(CHALLENGE)).isTrue();
	}

	@Test
	void refusesVerifiersOutsideTheGrammar() {
		assertThat(Pkce.isValidVerifier("short")).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(129))).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(42) + "+")).isFalse();
		assertThat(Pkce.isValidVerifier("a".repeat(43))).isTrue();
		assertThat(Pkce.matches("x".repeat(43), CHALLENGE)).isFalse();
	}

}
