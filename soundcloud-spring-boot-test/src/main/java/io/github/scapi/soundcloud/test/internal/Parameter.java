package io.github.scapi.soundcloud.test.internal;

/**
 * One decoded request parameter, as it enters an OAuth 1.0a signature base string.
 *
 * @param name the decoded name
 * @param value the decoded value, empty when the parameter had none
 */
record Parameter(String name, String value) {

	boolean isProtocol() {
		return this.name.startsWith("oauth_");
	}

}
