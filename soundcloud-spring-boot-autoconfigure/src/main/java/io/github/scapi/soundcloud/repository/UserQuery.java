package io.github.scapi.soundcloud.repository;

import java.util.Arrays;
import java.util.List;

import io.github.scapi.soundcloud.SoundCloudUrns;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Filters for a user search ({@code GET /users}).
 *
 * @param text free-text search in user names ({@code q})
 * @param urns only these users
 * @author scapi contributors
 */
public record UserQuery(@Nullable String text, List<String> urns) {

	/** A query without filters: every user the API is willing to list. */
	public static final UserQuery ALL = new UserQuery(null, List.of());

	/**
	 * Copy the components.
	 * @param text free-text search
	 * @param urns user URNs
	 */
	public UserQuery {
		urns = List.copyOf(urns);
	}

	/**
	 * Search users by text.
	 * @param text the text to look for in user names
	 * @return the query
	 */
	public static UserQuery text(String text) {
		Assert.hasText(text, "'text' must not be empty");
		return new UserQuery(text, List.of());
	}

	/**
	 * Look up several users at once.
	 * @param urnsOrIds user URNs or numeric ids
	 * @return the query
	 */
	public static UserQuery urns(String... urnsOrIds) {
		Assert.notEmpty(urnsOrIds, "'urnsOrIds' must not be empty");
		return new UserQuery(null, Arrays.stream(urnsOrIds).map(SoundCloudUrns::user).toList());
	}

	/**
	 * Return the query parameters of this search, without paging parameters.
	 * @return the parameters
	 */
	public MultiValueMap<String, String> toQueryParameters() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (this.text != null) {
			parameters.add("q", this.text);
		}
		if (!this.urns.isEmpty()) {
			parameters.add("urns", String.join(",", this.urns));
		}
		return parameters;
	}

}
