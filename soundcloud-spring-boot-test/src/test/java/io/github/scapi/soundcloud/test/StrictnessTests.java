package io.github.scapi.soundcloud.test;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake accepts what SoundCloud's specification describes and nothing more (issue 11 §1):
 * exact paths, the query parameter names each operation defines, typed values, the request
 * media types each write lists, and only the methods each path has. docs/testing.md, "How
 * strict the fake is", is this class in prose.
 */
class StrictnessTests {

	private static final String TRACK = "soundcloud:tracks:200002";

	private static final String MY_TRACK = "soundcloud:tracks:200001";

	private static final String MY_PLAYLIST = "soundcloud:playlists:700001";

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@ParameterizedTest
	@ValueSource(strings = { "/tracks/", "/tracks/" + TRACK + "/", "//tracks/" + TRACK, "/tracks//" + TRACK,
			"/me/", "/me//tracks", "/users/soundcloud:users:1001/tracks/", "/tracks/./" + TRACK })
	void answersPathsWithEmptyOrDotSegmentsWith404(String path) {
		assertThat(http.get(path).status()).as(path).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/Tracks/" + TRACK, "/ME", "/me/Tracks", "/users/soundcloud:users:1001/Followers" })
	void matchesPathNamesWithTheirCase(String path) {
		assertThat(http.get(path).status()).as(path).isEqualTo(404);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/tracks?genre=House|genre", "/tracks?q=x&bpm%5Bform%5D=90|bpm[form]", "/me/tracks?lmit=5|lmit",
			"/me?foo=bar|foo", "/users/soundcloud:users:1007/tracks?linked_partioning=true|linked_partioning",
			"/tracks/" + TRACK + "?client_id=abc|client_id", "/tracks?ids=200001|ids",
			"/me/likes/playlists?show_tracks=false|show_tracks", "/resolve?url=https://soundcloud.com/x&uri=y|uri",
			"/me/recently-played/tracks?limit=5|limit", "/users/soundcloud:users:1001/web-profiles?offset=1|offset" })
	void refusesQueryParametersTheOperationDoesNotDefine(String pathAndQuery, String name) {
		FakeHttp.Response response = http.get(pathAndQuery);
		assertThat(response.status()).as(pathAndQuery).isEqualTo(400);
		assertThat(response.message()).contains("unknown parameter '" + name + "'");
	}

	@Test
	void refusesWriteParametersInTheQuery() {
		FakeHttp.Response response = http.json("POST", "/playlists?playlist%5Bsharing%5D=private",
				"{\"playlist\":{\"title\":\"Query\"}}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.message()).contains("unknown parameter 'playlist[sharing]'");
		assertThat(http.call("POST", "/likes/tracks/" + TRACK + "?track%5Btitle%5D=x").status()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tracks?q=x&genres=House&tags=a&bpm%5Bfrom%5D=1&bpm%5Bto%5D=300&duration%5Bfrom%5D=1"
			+ "&duration%5Bto%5D=9999999&created_at%5Bfrom%5D=2001-01-01&created_at%5Bto%5D=2099-01-01&access=playable"
			+ "&limit=5&offset=0&linked_partitioning=true",
			"/users/soundcloud:users:1007/tracks?access=playable&limit=5&sort=asc&linked_partitioning=true",
			"/me/tracks?direction=asc", "/me/tracks?order=desc", "/playlists/" + MY_PLAYLIST
					+ "?secret_token=s&access=playable&show_tracks=false",
			"/me/playlists?show_tracks=true&linked_partitioning=true&limit=2" })
	void acceptsEveryParameterTheSpecificationDefines(String pathAndQuery) {
		assertThat(http.get(pathAndQuery).status()).as(pathAndQuery).isEqualTo(200);
	}

	@Test
	void acceptsTheCursorOfItsOwnNextHref() {
		String next = http.get("/users/soundcloud:users:1007/tracks?limit=2&linked_partitioning=true")
			.ok()
			.get("next_href")
			.stringValue();
		assertThat(next).contains("cursor=");
		assertThat(http.getUrl(next).ok().get("collection")).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/me/tracks?linked_partitioning=1", "/me/tracks?linked_partitioning=TRUE",
			"/me/tracks?linked_partitioning=yes", "/me/playlists?show_tracks=0", "/playlists?show_tracks=no",
			"/me/tracks?limit=+5", "/me/tracks?limit=%205", "/me/tracks?limit=5.0", "/tracks?offset=1e2",
			"/tracks?bpm%5Bfrom%5D=120.5", "/tracks?duration%5Bto%5D=NaN", "/tracks?bpm%5Bto%5D=%20128",
			"/me/tracks?sort=ASC", "/users/soundcloud:users:1007/tracks?order=Desc", "/tracks?access=Playable",
			"/tracks?access=playable,%20preview", "/tracks?access=playable,", "/me/likes/tracks?access=%22blocked%22" })
	void refusesValuesOfTheWrongType(String pathAndQuery) {
		assertThat(http.get(pathAndQuery).status()).as(pathAndQuery).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/me/tracks?limit=5&limit=200", "/tracks?tags=a&tags=b",
			"/me/tracks?linked_partitioning=true&linked_partitioning=false" })
	void refusesAParameterGivenTwice(String pathAndQuery) {
		FakeHttp.Response response = http.get(pathAndQuery);
		assertThat(response.status()).as(pathAndQuery).isEqualTo(400);
		assertThat(response.message()).contains("given 2 times");
	}

	@Test
	void refusesABodyOnOperationsThatTakeNone() {
		assertThat(http.form("POST", "/likes/tracks/" + TRACK, "track[title]=x").status()).isEqualTo(400);
		assertThat(http.json("PUT", "/me/followings/soundcloud:users:1060", "{\"user\":{}}").status()).isEqualTo(400);
		assertThat(http.send("GET", fake.get().baseUrl() + "/me", "OAuth " + fake.get().accessToken(), "x=1",
				"application/x-www-form-urlencoded")
			.status()).isEqualTo(400);
	}

	@ParameterizedTest
	@MethodSource("writesWithTheWrongMediaType")
	void refusesBodiesInMediaTypesTheOperationDoesNotList(String method, String path, String contentType,
			String body) {
		FakeHttp.Response response = http.send(method, fake.get().baseUrl() + path,
				"OAuth " + fake.get().accessToken(), body, contentType);
		assertThat(response.status()).as(method + " " + path + " as " + contentType).isEqualTo(400);
		assertThat(response.message()).startsWith("unsupported content type");
	}

	static Stream<Arguments> writesWithTheWrongMediaType() {
		String form = "application/x-www-form-urlencoded";
		String json = "application/json";
		return Stream.of(Arguments.of("POST", "/tracks", json, "{\"track\":{\"title\":\"x\"}}"),
				Arguments.of("POST", "/tracks", form, "track[title]=x"),
				Arguments.of("POST", "/playlists", form, "playlist[title]=x"),
				Arguments.of("PUT", "/playlists/" + MY_PLAYLIST, form, "playlist[title]=x"),
				Arguments.of("PUT", "/playlists/" + MY_PLAYLIST, "multipart/form-data; boundary=b",
						"--b\r\nContent-Disposition: form-data; name=\"playlist[title]\"\r\n\r\nx\r\n--b--\r\n"),
				Arguments.of("PUT", "/tracks/" + MY_TRACK + "/storefront", form, "link=https://shop.example"),
				Arguments.of("POST", "/tracks/" + TRACK + "/comments", form, "comment[body]=x"),
				Arguments.of("POST", "/tracks/" + TRACK + "/comments", "application/json; charset=iso-8859-1",
						"{\"comment\":{\"body\":\"x\"}}"),
				Arguments.of("POST", "/tracks/" + TRACK + "/comments", "text/plain", "x"),
				Arguments.of("PUT", "/tracks/" + MY_TRACK, "text/plain", "track[title]=x"));
	}

	@Test
	void acceptsTheMediaTypesTheSpecificationLists() {
		assertThat(http.send("POST", fake.get().baseUrl() + "/tracks/" + TRACK + "/comments",
				"OAuth " + fake.get().accessToken(), "{\"comment\":{\"body\":\"utf-8\"}}",
				"application/json; charset=utf-8")
			.status()).isEqualTo(201);
		assertThat(http.json("PUT", "/tracks/" + MY_TRACK, "{\"track\":{\"title\":\"Json\"}}").ok().get("title")
			.stringValue()).isEqualTo("Json");
	}

	@ParameterizedTest
	@MethodSource("pathsAndTheirMethods")
	void answersMethodsAPathDoesNotHaveWith405(String path, String allowed) {
		for (String method : new String[] { "GET", "POST", "PUT", "DELETE", "PATCH" }) {
			if (!allowed.contains(method)) {
				FakeHttp.Response response = http.call(method, path);
				assertThat(response.status()).as(method + " " + path).isEqualTo(405);
				assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValue(allowed);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "HEAD", "OPTIONS" })
	void answersMethodsTheSpecificationHasNowhereWith405(String method) {
		FakeHttp.Response response = http.call(method, "/tracks/" + TRACK);
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, PUT, DELETE");
	}

	/**
	 * Every path of the specification with its methods (and the legacy ones the fake adds,
	 * marked), in the order the fake lists them in {@code Allow}.
	 */
	static Stream<Arguments> pathsAndTheirMethods() {
		String user = "soundcloud:users:1002";
		return Stream.of(Arguments.of("/me", "GET"), Arguments.of("/me/feed", "GET"),
				Arguments.of("/me/activities", "GET"), Arguments.of("/me/recently-played/tracks", "GET"),
				Arguments.of("/me/likes/tracks", "GET"), Arguments.of("/me/followings", "GET"),
				Arguments.of("/me/followings/" + user, "GET, PUT, DELETE"), Arguments.of("/me/followers", "GET"),
				Arguments.of("/me/followers/" + user, "GET"), Arguments.of("/me/playlists", "GET"),
				Arguments.of("/me/tracks", "GET"), Arguments.of("/me/reposts/playlists", "GET"),
				Arguments.of("/tracks", "GET, POST"), Arguments.of("/playlists", "GET, POST"),
				Arguments.of("/users", "GET"),
				Arguments.of("/playlists/" + MY_PLAYLIST, "GET, PUT, DELETE"),
				Arguments.of("/playlists/" + MY_PLAYLIST + "/tracks", "GET"),
				Arguments.of("/playlists/" + MY_PLAYLIST + "/reposters", "GET"),
				Arguments.of("/tracks/" + MY_TRACK, "GET, PUT, DELETE"),
				Arguments.of("/tracks/" + MY_TRACK + "/storefront", "PUT"),
				Arguments.of("/tracks/" + MY_TRACK + "/preview", "GET"),
				Arguments.of("/tracks/" + MY_TRACK + "/streams", "GET"),
				Arguments.of("/tracks/" + MY_TRACK + "/comments", "GET, POST"),
				Arguments.of("/tracks/" + MY_TRACK + "/favoriters", "GET"),
				Arguments.of("/tracks/" + MY_TRACK + "/related", "GET"), Arguments.of("/resolve", "GET"),
				// PUT /users/{urn} is legacy (scapi), not in the specification
				Arguments.of("/users/" + user, "GET, PUT"), Arguments.of("/users/" + user + "/tracks", "GET"),
				Arguments.of("/users/" + user + "/followings/soundcloud:users:1001", "GET"),
				Arguments.of("/users/" + user + "/web-profiles", "GET"),
				Arguments.of("/likes/tracks/" + TRACK, "POST, DELETE"),
				Arguments.of("/likes/playlists/" + MY_PLAYLIST, "POST, DELETE"),
				Arguments.of("/reposts/tracks/" + TRACK, "POST, DELETE"),
				Arguments.of("/reposts/playlists/" + MY_PLAYLIST, "POST, DELETE"),
				Arguments.of("/sign-out", "POST"));
	}

}
