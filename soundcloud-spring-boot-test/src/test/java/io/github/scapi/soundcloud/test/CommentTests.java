package io.github.scapi.soundcloud.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments on tracks: paging through many, posting as a form or as JSON, and the counts.
 */
class CommentTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void pagesThroughManyComments() {
		FakeTrack busy = fake.get().dataset().tracks().stream()
			.filter((track) -> fake.get().dataset().commentsOf(track.urn()).size() > 60)
			.findFirst()
			.orElseThrow();
		List<FakeComment> comments = fake.get().dataset().commentsOf(busy.urn());
		assertThat(http.walk("/tracks/" + busy.urn() + "/comments?linked_partitioning=true&limit=25"))
			.hasSizeGreaterThan(3);
		List<String> walked = http.walkUrns("/tracks/" + busy.urn() + "/comments?linked_partitioning=true&limit=25");
		assertThat(walked).isEqualTo(comments.stream().map(FakeComment::urn).toList());
		assertThat(http.get("/tracks/" + busy.urn()).ok().get("comment_count").asInt()).isEqualTo(comments.size());
		// Comments is only {collection, next_href}, asked for or not
		JsonNode first = http.get("/tracks/" + busy.urn() + "/comments?limit=1").ok().get("collection").get(0);
		assertThat(first.get("kind").stringValue()).isEqualTo("comment");
		assertThat(first.get("track_urn").stringValue()).isEqualTo(busy.urn());
		assertThat(first.get("user").get("urn").stringValue()).isEqualTo(comments.get(0).userUrn());
		assertThat(first.get("body").stringValue()).isEqualTo(comments.get(0).body());
	}

	@Test
	void postsAJsonCommentThatRoundTrips() {
		FakeTrack track = fake.get().dataset().tracks().get(42);
		int before = fake.get().dataset().commentsOf(track.urn()).size();
		FakeHttp.Response response = http.json("POST", "/tracks/" + track.urn() + "/comments",
				"{\"comment\": {\"body\": \"Nice one, isn't it? \u00e9 & =\", \"timestamp\": 4960}}");
		JsonNode comment = response.expect(201);
		assertThat(comment.get("body").stringValue()).isEqualTo("Nice one, isn't it? é & =");
		assertThat(comment.get("timestamp").asLong()).isEqualTo(4960);
		assertThat(comment.get("user_urn").stringValue()).isEqualTo(fake.get().dataset().meUrn());
		assertThat(response.location()).isEqualTo(comment.get("uri").stringValue());
		assertThat(http.getUrl(response.location()).ok().get("urn")).isEqualTo(comment.get("urn"));
		JsonNode first = http.get("/tracks/" + track.urn() + "/comments").ok().get("collection").get(0);
		assertThat(first.get("body").stringValue()).isEqualTo("Nice one, isn't it? é & =");
		assertThat(fake.get().dataset().commentsOf(track.urn())).hasSize(before + 1);
		assertThat(http.get("/tracks/" + track.urn()).ok().get("comment_count").asInt()).isEqualTo(before + 1);
	}

	@Test
	void postsAJsonComment() {
		FakeTrack track = fake.get().dataset().tracks().get(43);
		JsonNode comment = http.json("POST", "/tracks/" + track.urn() + "/comments",
				"{\"comment\":{\"body\":\"JSON body\",\"timestamp\":\"12.5\"}}").expect(201);
		assertThat(comment.get("body").stringValue()).isEqualTo("JSON body");
		assertThat(comment.get("timestamp").asLong()).isEqualTo(12);
		JsonNode untimed = http.json("POST", "/tracks/" + track.urn() + "/comments", "{\"comment\":{\"body\":\"x\"}}")
			.expect(201);
		assertThat(untimed.get("timestamp").isNull()).isTrue();
	}

	@Test
	void keepsEveryConcurrentComment() throws Exception {
		FakeTrack track = fake.get().dataset().tracks().get(45);
		int before = fake.get().dataset().commentsOf(track.urn()).size();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				String body = "{\"comment\": {\"body\": \"parallel " + i + "\"}}";
				posts.add(executor.submit(() -> http.json("POST", "/tracks/" + track.urn() + "/comments", body).status()));
			}
			for (Future<Integer> post : posts) {
				assertThat(post.get(10, TimeUnit.SECONDS)).isEqualTo(201);
			}
		}
		finally {
			executor.shutdownNow();
		}
		List<FakeComment> comments = fake.get().dataset().commentsOf(track.urn());
		assertThat(comments).hasSize(before + 80).extracting(FakeComment::id).doesNotHaveDuplicates();
		assertThat(http.get("/tracks/" + track.urn()).ok().get("comment_count").asInt()).isEqualTo(before + 80);
	}

	@Test
	void refusesCommentsWithoutBody() {
		FakeTrack track = fake.get().dataset().tracks().get(44);
		FakeHttp.Response empty = http.json("POST", "/tracks/" + track.urn() + "/comments",
				"{\"comment\": {\"body\": \" \"}}");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.message()).contains("comment[body]");
		assertThat(http.json("POST", "/tracks/" + track.urn() + "/comments", "{}").status()).isEqualTo(422);
		assertThat(http.json("POST", "/tracks/" + track.urn() + "/comments",
				"{\"comment\": {\"body\": \"a\", \"timestamp\": \"soon\"}}")
			.status()).isEqualTo(422);
		assertThat(http.json("POST", "/tracks/soundcloud:tracks:1/comments", "{\"comment\": {\"body\": \"a\"}}")
			.status()).isEqualTo(404);
		assertThat(http.json("POST", "/tracks/" + track.urn() + "/comments", "{not json").status()).isEqualTo(400);
	}

}
