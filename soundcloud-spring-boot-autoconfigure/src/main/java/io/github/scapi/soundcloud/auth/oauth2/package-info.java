/**
 * OAuth 2.1 authentication on top of Spring Security's OAuth2 client: tokens come from an
 * {@link org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager} and are
 * sent as {@code Authorization: OAuth <token>}.
 */
@NullMarked
package io.github.scapi.soundcloud.auth.oauth2;

import org.jspecify.annotations.NullMarked;
