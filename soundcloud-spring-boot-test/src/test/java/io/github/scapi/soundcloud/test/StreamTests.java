package io.github.scapi.soundcloud.test;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stream, preview and download links: the API redirects to signed links on the CDN, another
 * origin, which serves the audio without credentials, in ranges, until the link expires.
 */
class StreamTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	private static FakeTrack track;

	@BeforeAll
	static void findAShortPlayableTrack() {
		track = fake.get().dataset().tracks().stream()
			.filter((each) -> each.access().equals("playable") && each.duration() < 120_000)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void streamsListTheApiLinksOfEachFormat() {
		JsonNode streams = http.get("/tracks/" + track.urn() + "/streams").ok();
		String base = fake.get().baseUrl() + "/tracks/" + track.urn() + "/streams/";
		assertThat(streams.get("http_mp3_128_url").stringValue()).isEqualTo(base + "http_mp3_128");
		assertThat(streams.get("hls_mp3_128_url").stringValue()).isEqualTo(base + "hls_mp3_128");
		assertThat(streams.get("hls_aac_160_url").stringValue()).isEqualTo(base + "hls_aac_160");
		assertThat(streams.get("preview_mp3_128_url").stringValue()).isEqualTo(base + "preview_mp3_128");
		FakeTrack preview = first("preview");
		assertThat(http.get("/tracks/" + preview.urn() + "/streams").ok().propertyNames())
			.containsExactly("preview_mp3_128_url");
		assertThat(http.get("/tracks/" + first("blocked").urn() + "/streams").ok().isEmpty()).isTrue();
		assertThat(http.get("/tracks/" + preview.urn() + "/streams/http_mp3_128").status()).isEqualTo(404);
	}

	@Test
	void streamRedirectsToTheCdnOnAnotherOriginWhichServesTheAudioWithoutCredentials() {
		fake.get().resetRequests();
		FakeHttp.Response redirect = http.get("/tracks/" + track.urn() + "/streams/http_mp3_128");
		assertThat(redirect.status()).isEqualTo(302);
		String location = redirect.location();
		assertThat(redirect.json().get("status").stringValue()).isEqualTo("302 - Found");
		assertThat(redirect.json().get("location").stringValue()).isEqualTo(location);
		URI cdn = URI.create(location);
		assertThat(cdn.getHost()).isEqualTo("127.0.0.1").isNotEqualTo(URI.create(fake.get().baseUrl()).getHost());
		assertThat(location).startsWith(fake.get().cdnUrl() + "/").contains("Policy=", "Signature=", "Key-Pair-Id=");
		FakeHttp.Binary audio = http.fetch(location);
		assertThat(audio.status()).isEqualTo(200);
		assertThat(audio.header("Content-Type")).isEqualTo("audio/mpeg");
		assertThat(audio.header("Accept-Ranges")).isEqualTo("bytes");
		assertThat((long) audio.body().length).isEqualTo(FakeAudio.size(track)).isEqualTo(track.duration() * 16);
		assertThat(audio.body()).isEqualTo(FakeAudio.bytes(track, 0, audio.body().length));
		assertThat(Arrays.copyOf(audio.body(), 2)).containsExactly(0xFF, 0xFB);
		assertThat(fake.get().cdnRequestCount()).isEqualTo(1);
		assertThat(fake.get().requests()).filteredOn(FakeRequest::isCdn).singleElement().satisfies((request) -> {
			assertThat(request.host()).isEqualTo("127.0.0.1");
			assertThat(request.header("Authorization")).isNull();
		});
		assertThat(fake.get().requests()).filteredOn((request) -> !request.isCdn())
			.allSatisfy((request) -> assertThat(request.host()).isEqualTo("localhost"));
	}

	@Test
	void cdnServesRanges() {
		String location = http.get("/tracks/" + track.urn() + "/streams/http_mp3_128").location();
		long size = FakeAudio.size(track);
		FakeHttp.Binary middle = http.fetch(location, "Range", "bytes=1000-1999");
		assertThat(middle.status()).isEqualTo(206);
		assertThat(middle.header("Content-Range")).isEqualTo("bytes 1000-1999/" + size);
		assertThat(middle.body()).isEqualTo(FakeAudio.bytes(track, 1000, 1000));
		FakeHttp.Binary tail = http.fetch(location, "Range", "bytes=-100");
		assertThat(tail.body()).isEqualTo(FakeAudio.bytes(track, size - 100, 100));
		FakeHttp.Binary open = http.fetch(location, "Range", "bytes=" + (size - 10) + "-");
		assertThat(open.body()).hasSize(10);
		FakeHttp.Binary beyond = http.fetch(location, "Range", "bytes=" + size + "-");
		assertThat(beyond.status()).isEqualTo(416);
		assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + size);
		FakeHttp.Binary head = http.bytes("HEAD", location, null, null, null);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(size));
	}

	@Test
	void tamperedOrIncompleteLinksGet403FromTheCdn() {
		String location = http.get("/tracks/" + track.urn() + "/streams/http_mp3_128").location();
		long other = track.id() + 1;
		FakeHttp.Binary moved = http.fetch(location.replace("/" + track.id() + "/", "/" + other + "/"));
		assertThat(moved.status()).isEqualTo(403);
		assertThat(moved.header("Content-Type")).isEqualTo("text/xml");
		assertThat(new String(moved.body())).contains("<Code>AccessDenied</Code>");
		String signature = location.replaceAll(".*Signature=([^&]+).*", "$1");
		char flipped = (signature.charAt(5) == 'x') ? 'y' : 'x';
		String forged = location.replace(signature, signature.substring(0, 5) + flipped + signature.substring(6));
		assertThat(http.fetch(forged).status()).isEqualTo(403);
		FakeHttp.Binary bare = http.fetch(location.substring(0, location.indexOf('?')));
		assertThat(bare.status()).isEqualTo(403);
		assertThat(new String(bare.body())).contains("MissingKey");
	}

	@Test
	void expiredLinksGet403() {
		try (SoundCloudFake expiring = SoundCloudFake.builder().cdnLinkLifetime(Duration.ZERO).start()) {
			FakeHttp other = new FakeHttp(expiring);
			String location = other.get("/tracks/" + track.urn() + "/streams/http_mp3_128").location();
			FakeHttp.Binary expired = other.fetch(location);
			assertThat(expired.status()).isEqualTo(403);
			assertThat(new String(expired.body())).contains("<Code>AccessDenied</Code>", "Request has expired");
		}
	}

	@Test
	void previewIsTheFirstThirtySeconds() {
		FakeTrack longTrack = fake.get().dataset().tracks().stream()
			.filter((each) -> each.access().equals("preview") && each.duration() > 60_000)
			.findFirst()
			.orElseThrow();
		FakeHttp.Response redirect = http.get("/tracks/" + longTrack.urn() + "/preview");
		assertThat(redirect.status()).isEqualTo(302);
		FakeHttp.Binary preview = http.fetch(redirect.location());
		assertThat((long) preview.body().length).isEqualTo(FakeAudio.previewSize(longTrack)).isEqualTo(480_000);
		assertThat(preview.body()).isEqualTo(FakeAudio.bytes(longTrack, 0, 480_000));
	}

	@Test
	void hlsServesAPlaylistOfSignedSegments() {
		String location = http.get("/tracks/" + track.urn() + "/streams/hls_mp3_128").location();
		assertThat(location).contains("/hls_mp3_128.m3u8?");
		FakeHttp.Binary playlist = http.fetch(location);
		assertThat(playlist.header("Content-Type")).isEqualTo("application/vnd.apple.mpegurl");
		String text = new String(playlist.body());
		assertThat(text).startsWith("#EXTM3U").contains("#EXT-X-ENDLIST");
		String segment = text.lines().filter((line) -> line.startsWith("http")).findFirst().orElseThrow();
		assertThat(http.fetch(segment).body()).hasSize((int) FakeAudio.size(track));
	}

	@Test
	void playingCountsAndShowsInRecentlyPlayed() {
		long plays = http.get("/tracks/" + track.urn()).ok().get("playback_count").asLong();
		http.get("/tracks/" + track.urn() + "/streams/http_mp3_128");
		JsonNode after = http.get("/tracks/" + track.urn()).ok();
		assertThat(after.get("playback_count").asLong()).isEqualTo(plays + 1);
		assertThat(after.get("user_playback_count").asLong()).isPositive();
		JsonNode recent = http.get("/me/recently-played/tracks").ok();
		assertThat(recent.get(0).get("urn").stringValue()).isEqualTo(track.urn());
	}

	@Test
	void downloadableTracksRedirectToTheFile() {
		FakeTrack downloadable = fake.get().dataset().tracks().stream()
			.filter((each) -> each.duration() < 300_000
					&& http.get("/tracks/" + each.urn()).ok().get("downloadable").asBoolean())
			.findFirst()
			.orElseThrow();
		String downloadUrl = http.get("/tracks/" + downloadable.urn()).ok().get("download_url").stringValue();
		FakeHttp.Response redirect = http.getUrl(downloadUrl);
		assertThat(redirect.status()).isEqualTo(302);
		FakeHttp.Binary file = http.fetch(redirect.location());
		assertThat(file.header("Content-Disposition")).startsWith("attachment; filename=");
		assertThat((long) file.body().length).isEqualTo(FakeAudio.size(downloadable));
		FakeTrack notDownloadable = fake.get().dataset().tracks().get(0);
		if (!http.get("/tracks/" + notDownloadable.urn()).ok().get("downloadable").asBoolean()) {
			assertThat(http.get("/tracks/" + notDownloadable.urn() + "/download").status()).isEqualTo(404);
		}
	}

	@Test
	void apiCalledThroughTheLoopbackAddressRedirectsToLocalhost() {
		String url = "http://127.0.0.1:" + fake.get().port() + "/tracks/" + track.urn() + "/streams/http_mp3_128";
		String location = http.getUrl(url).location();
		assertThat(URI.create(location).getHost()).isEqualTo("localhost");
		assertThat(http.fetch(location).status()).isEqualTo(200);
	}

	@Test
	void cdnStaysAtTheRootUnderABasePath() {
		try (SoundCloudFake based = SoundCloudFake.builder().basePath("/api/v1").start()) {
			FakeHttp other = new FakeHttp(based);
			String streams = other.get("/tracks/" + track.urn() + "/streams").ok().get("http_mp3_128_url").stringValue();
			assertThat(streams).startsWith(based.baseUrl() + "/tracks/");
			String location = other.getUrl(streams).location();
			assertThat(location).startsWith("http://127.0.0.1:" + based.port() + "/cdn/media/");
			assertThat(other.fetch(location).body()).hasSize((int) FakeAudio.size(track));
			assertThat(based.requests()).filteredOn(FakeRequest::isCdn).singleElement()
				.satisfies((request) -> assertThat(request.path()).startsWith("/cdn/media/"));
		}
	}

	private static FakeTrack first(String access) {
		return fake.get().dataset().tracks().stream().filter((each) -> each.access().equals(access)).findFirst().orElseThrow();
	}

}
