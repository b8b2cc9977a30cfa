/**
 * OAuth 1.0a (RFC 5849) for the SoundCloud client: request signing with HMAC-SHA1 or
 * PLAINTEXT ({@link io.github.scapi.soundcloud.auth.oauth1.OAuth1Signer}), an
 * authenticator that signs every request afresh
 * ({@link io.github.scapi.soundcloud.auth.oauth1.OAuth1Authenticator}), and the
 * three-legged flow that obtains an access token
 * ({@link io.github.scapi.soundcloud.auth.oauth1.OAuth1Flow}).
 */
@NullMarked
package io.github.scapi.soundcloud.auth.oauth1;

import org.jspecify.annotations.NullMarked;
