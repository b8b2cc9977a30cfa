package io.github.scapi.soundcloud.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Comment}.
 *
 * @author scapi contributors
 */
class CommentTests {

	@Test
	void mapsCommentWithItsAuthor() {
		Comment comment = ModelFixtures.read("comment.json", Comment.class);
		assertThat(comment.id()).isEqualTo(2049911738L);
		assertThat(comment.urn()).isEqualTo("soundcloud:comments:2049911738");
		assertThat(comment.kind()).isEqualTo("comment");
		assertThat(comment.body()).isEqualTo("That bass line at 1:36 \u2764");
		assertThat(comment.timestamp()).isEqualTo(96000L);
		assertThat(comment.createdAt()).isEqualTo(Instant.parse("2024-05-30T22:11:09Z"));
		assertThat(comment.uri()).endsWith("/comments/soundcloud:comments:2049911738");
		assertThat(comment.userUrn()).isEqualTo("soundcloud:users:5502917");
		assertThat(comment.trackUrn()).isEqualTo("soundcloud:tracks:1209871623");
		assertThat(comment.extra()).isEmpty();
		User author = comment.user();
		assertThat(author).isNotNull();
		assertThat(author.urn()).isEqualTo(comment.userUrn());
		assertThat(author.username()).isEqualTo("mira.kos");
		assertThat(author.lastModified()).isEqualTo(Instant.parse("2025-01-08T12:30:00Z"));
		assertThat(author.repostsCount()).isEqualTo(61L);
	}

	@Test
	void readsTimestampOfCommentGivenAsStringAsTheSpecDeclaresIt() {
		Comment comment = ModelFixtures.plainMapper().readValue("{\"timestamp\":\"4960\"}", Comment.class);
		assertThat(comment.timestamp()).isEqualTo(4960L);
	}

	@Test
	void readsCommentWithoutTimestampAsNull() {
		Comment comment = ModelFixtures.plainMapper().readValue("{\"body\":\"nice\"}", Comment.class);
		assertThat(comment.timestamp()).isNull();
		assertThat(comment.user()).isNull();
	}

	@Test
	void readsCommentBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Comment comment = mapper.readValue(ModelFixtures.json("comment.json"), Comment.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(comment), Comment.class)).isEqualTo(comment);
	}

	@Test
	void toStringOfCommentLeavesTheBodyOut() {
		Comment comment = ModelFixtures.read("comment.json", Comment.class);
		assertThat(comment).hasToString("Comment[urn=soundcloud:comments:2049911738, id=2049911738, "
				+ "trackUrn=soundcloud:tracks:1209871623, user=mira.kos, timestamp=96000]");
		assertThat(comment.toString()).doesNotContain("bass line");
	}

}
