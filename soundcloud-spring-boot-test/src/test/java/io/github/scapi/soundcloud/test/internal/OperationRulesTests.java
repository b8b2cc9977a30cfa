package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake's {@link OperationRules} accept exactly what SoundCloud's OpenAPI specification
 * defines for each operation, nothing more: a rule that lets a parameter through which the
 * operation does not define would hide a client that sends it, and SoundCloud would ignore
 * it. The specification's operations are written out below by hand from its
 * {@code paths}, so that the build reads no file outside the project.
 */
class OperationRulesTests {

	/**
	 * Every operation of the specification: {@code METHOD path} (variables as {@code *}),
	 * its query parameters as the specification names them, and after {@code |} its body
	 * media types.
	 */
	private static final String SPECIFICATION = """
			GET /me
			GET /me/activities access limit
			GET /me/activities/all/own access limit
			GET /me/activities/tracks access limit
			GET /me/feed access limit
			GET /me/feed/tracks access limit
			GET /me/recently-played/tracks access
			GET /me/likes/tracks limit access linked_partitioning
			GET /me/likes/playlists limit linked_partitioning
			GET /me/followings limit offset
			GET /me/followings/tracks access limit offset
			GET /me/followings/*
			PUT /me/followings/*
			DELETE /me/followings/*
			GET /me/followers limit
			GET /me/followers/*
			GET /me/playlists show_tracks linked_partitioning limit
			GET /me/tracks limit sort linked_partitioning
			GET /me/reposts/tracks limit access linked_partitioning
			GET /me/reposts/playlists limit linked_partitioning
			GET /tracks q urns genres tags bpm duration created_at access limit offset linked_partitioning
			POST /tracks | multipart/form-data multipart/x-www-form-urlencoded
			GET /playlists q access show_tracks limit offset linked_partitioning
			POST /playlists | application/json multipart/form-data
			GET /users q urns limit offset linked_partitioning
			GET /playlists/* secret_token access show_tracks
			PUT /playlists/* | application/json
			DELETE /playlists/*
			GET /playlists/*/tracks secret_token access linked_partitioning
			GET /playlists/*/reposters limit
			GET /tracks/* secret_token
			PUT /tracks/* | application/json multipart/form-data multipart/x-www-form-urlencoded
			DELETE /tracks/*
			PUT /tracks/*/storefront | application/json
			GET /tracks/*/preview secret_token
			GET /tracks/*/streams secret_token
			GET /tracks/*/comments limit offset linked_partitioning
			POST /tracks/*/comments | application/json
			GET /tracks/*/favoriters limit linked_partitioning
			GET /tracks/*/reposters limit
			GET /tracks/*/related access limit offset linked_partitioning
			GET /resolve url
			GET /users/*
			GET /users/*/related limit offset linked_partitioning
			GET /users/*/favorites limit linked_partitioning
			GET /users/*/followers limit
			GET /users/*/followings limit
			GET /users/*/followings/*
			GET /users/*/playlists access show_tracks limit linked_partitioning
			GET /users/*/tracks access limit sort linked_partitioning
			GET /users/*/web-profiles limit
			GET /users/*/likes/tracks access limit linked_partitioning
			GET /users/*/likes/playlists limit linked_partitioning
			GET /users/*/reposts/tracks access limit linked_partitioning
			GET /users/*/reposts/playlists limit linked_partitioning
			POST /likes/tracks/*
			DELETE /likes/tracks/*
			POST /likes/playlists/*
			DELETE /likes/playlists/*
			POST /reposts/tracks/*
			DELETE /reposts/tracks/*
			POST /reposts/playlists/*
			DELETE /reposts/playlists/*
			POST /sign-out
			""";

	/**
	 * What the fake serves beyond the specification, as docs/testing.md describes it: the
	 * stream links it hands out, and the legacy resources of scapi.
	 */
	private static final String BEYOND = """
			GET /tracks/*/streams/*
			GET /groups q limit offset linked_partitioning
			GET /groups/*
			GET /groups/*/tracks limit offset linked_partitioning
			GET /events limit offset linked_partitioning
			GET /tracks/*/permissions limit offset linked_partitioning
			PUT /tracks/*/permissions | application/x-www-form-urlencoded multipart/x-www-form-urlencoded multipart/form-data application/json
			PUT /users/* | application/x-www-form-urlencoded multipart/x-www-form-urlencoded multipart/form-data application/json
			GET /comments/*
			GET /tracks/*/stream
			GET /tracks/*/download
			""";

	@Test
	void everyOperationTakesExactlyTheQueryParametersItsSpecificationDefines() {
		Map<String, Set<String>> expected = new TreeMap<>();
		operations(SPECIFICATION).forEach((operation, parts) -> expected.put(operation, wireNames(parts.get(0))));
		operations(BEYOND).forEach((operation, parts) -> expected.put(operation, wireNames(parts.get(0))));
		assertThat(new TreeMap<>(OperationRules.parameters())).isEqualTo(expected);
	}

	@Test
	void everyWriteTakesExactlyTheBodyMediaTypesItsSpecificationLists() {
		Map<String, Set<String>> expected = new TreeMap<>();
		operations(SPECIFICATION).forEach((operation, parts) -> {
			if (parts.size() > 1) {
				expected.put(operation, new TreeSet<>(parts.get(1)));
			}
		});
		operations(BEYOND).forEach((operation, parts) -> {
			if (parts.size() > 1) {
				expected.put(operation, new TreeSet<>(parts.get(1)));
			}
		});
		assertThat(new TreeMap<>(OperationRules.bodies())).isEqualTo(expected);
	}

	@Test
	void theListsTheStarterStoppedSendingExtraParametersToAreAsStrictAsTheSpecification() {
		// the four tolerances the fake had for the starter (decision 0011), gone
		Map<String, Set<String>> rules = OperationRules.parameters();
		for (String list : List.of("GET /me/feed", "GET /me/feed/tracks", "GET /me/followings",
				"GET /me/followings/tracks", "GET /me/followers", "GET /playlists/*/reposters",
				"GET /tracks/*/reposters", "GET /users/*/followers", "GET /users/*/followings")) {
			assertThat(rules.get(list)).as(list).doesNotContain("linked_partitioning");
		}
		assertThat(rules.get("GET /playlists/*/tracks")).doesNotContain("limit");
		assertThat(rules.get("GET /users/*/tracks")).doesNotContain("offset");
		assertThat(OperationRules.bodies().get("PUT /tracks/*")).doesNotContain("application/x-www-form-urlencoded");
	}

	/**
	 * The names a request carries for the specification's parameters: a {@code deepObject}
	 * ({@code bpm}) is sent as {@code bpm[from]} and {@code bpm[to]}; {@code sort} has the
	 * aliases its description names ({@code direction}, {@code order}); and a paged operation
	 * (one with {@code limit} or {@code linked_partitioning}) takes the {@code cursor} of the
	 * fake's own {@code next_href}.
	 */
	private static Set<String> wireNames(List<String> parameters) {
		Set<String> names = new TreeSet<>();
		for (String parameter : parameters) {
			switch (parameter) {
				case "bpm", "duration", "created_at" -> {
					names.add(parameter + "[from]");
					names.add(parameter + "[to]");
				}
				case "sort" -> names.addAll(List.of("sort", "direction", "order"));
				default -> names.add(parameter);
			}
		}
		if (parameters.contains("limit") || parameters.contains("linked_partitioning")) {
			names.add("cursor");
		}
		return names;
	}

	private static Map<String, List<List<String>>> operations(String text) {
		Map<String, List<List<String>>> operations = new LinkedHashMap<>();
		for (String line : text.strip().split("\n")) {
			String[] sides = line.strip().split("\\|");
			String[] words = sides[0].strip().split(" +");
			List<List<String>> parts = new ArrayList<>();
			parts.add(List.of(words).subList(2, words.length));
			if (sides.length > 1) {
				parts.add(List.of(sides[1].strip().split(" +")));
			}
			operations.put(words[0] + " " + words[1], parts);
		}
		return operations;
	}

}
