package io.github.scapi.soundcloud.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService.OAuth2AuthorizedClientHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.util.StringUtils;

/**
 * Reads and writes Spring Security's {@code oauth2_authorized_client} rows with their
 * {@code timestamp} columns in UTC. The schema's columns have no time zone, and Spring
 * Security's own mappers use {@code java.sql.Timestamp}, that is the JVM's local time
 * (spring-security#8539): an instance in Tokyo would read a token written in UTC as expired
 * nine hours ago, and one in UTC would trust a Tokyo-written token nine hours too long.
 * The columns, their order and their types are otherwise those of Spring Security's mappers.
 *
 * @author scapi contributors
 */
final class UtcColumns {

	private UtcColumns() {
	}

	static RowMapper<OAuth2AuthorizedClient> rowMapper(ClientRegistrationRepository registrations) {
		return (rs, rowNum) -> {
			String registrationId = rs.getString("client_registration_id");
			ClientRegistration registration = registrations.findByRegistrationId(registrationId);
			if (registration == null) {
				throw new DataRetrievalFailureException(
						"The client registration '" + registrationId + "' of a stored token is not configured");
			}
			String tokenType = rs.getString("access_token_type");
			if (!OAuth2AccessToken.TokenType.BEARER.getValue().equalsIgnoreCase(tokenType)) {
				throw new DataRetrievalFailureException("Stored access tokens must be of type bearer");
			}
			String scopes = rs.getString("access_token_scopes");
			Set<String> scopeSet = (scopes != null) ? StringUtils.commaDelimitedListToSet(scopes)
					: Collections.emptySet();
			OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
					new String(rs.getBytes("access_token_value"), StandardCharsets.UTF_8),
					instant(rs, "access_token_issued_at"), instant(rs, "access_token_expires_at"), scopeSet);
			byte[] refreshValue = rs.getBytes("refresh_token_value");
			OAuth2RefreshToken refreshToken = (refreshValue != null && refreshValue.length > 0)
					? new OAuth2RefreshToken(new String(refreshValue, StandardCharsets.UTF_8),
							instant(rs, "refresh_token_issued_at"))
					: null;
			return new OAuth2AuthorizedClient(registration, rs.getString("principal_name"), accessToken, refreshToken);
		};
	}

	static Function<OAuth2AuthorizedClientHolder, List<SqlParameterValue>> parametersMapper() {
		return (holder) -> {
			OAuth2AuthorizedClient client = holder.getAuthorizedClient();
			Authentication principal = holder.getPrincipal();
			OAuth2AccessToken accessToken = client.getAccessToken();
			OAuth2RefreshToken refreshToken = client.getRefreshToken();
			List<SqlParameterValue> parameters = new ArrayList<>(9);
			parameters.add(new SqlParameterValue(Types.VARCHAR, client.getClientRegistration().getRegistrationId()));
			parameters.add(new SqlParameterValue(Types.VARCHAR, principal.getName()));
			parameters.add(new SqlParameterValue(Types.VARCHAR, accessToken.getTokenType().getValue()));
			parameters.add(new SqlParameterValue(Types.BLOB, accessToken.getTokenValue().getBytes(StandardCharsets.UTF_8)));
			parameters.add(new SqlParameterValue(Types.TIMESTAMP, utc(accessToken.getIssuedAt())));
			parameters.add(new SqlParameterValue(Types.TIMESTAMP, utc(accessToken.getExpiresAt())));
			parameters.add(new SqlParameterValue(Types.VARCHAR, accessToken.getScopes().isEmpty() ? null
					: StringUtils.collectionToDelimitedString(accessToken.getScopes(), ",")));
			parameters.add(new SqlParameterValue(Types.BLOB,
					(refreshToken != null) ? refreshToken.getTokenValue().getBytes(StandardCharsets.UTF_8) : null));
			parameters.add(new SqlParameterValue(Types.TIMESTAMP,
					(refreshToken != null) ? utc(refreshToken.getIssuedAt()) : null));
			return parameters;
		};
	}

	private static @Nullable LocalDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
		return (utc != null) ? utc.toInstant(ZoneOffset.UTC) : null;
	}

}
