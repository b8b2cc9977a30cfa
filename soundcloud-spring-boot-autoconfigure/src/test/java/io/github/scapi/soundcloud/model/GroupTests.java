package io.github.scapi.soundcloud.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the legacy {@link Group}.
 *
 * @author scapi contributors
 */
class GroupTests {

	@Test
	void mapsLegacyGroupWithItsCreator() {
		Group group = ModelFixtures.read("group.json", Group.class);
		assertThat(group.id()).isEqualTo(8841L);
		assertThat(group.urn()).isNull();
		assertThat(group.kind()).isEqualTo("group");
		assertThat(group.name()).isEqualTo("Field Recordings North");
		assertThat(group.shortDescription()).startsWith("Harbours, trains");
		assertThat(group.description()).startsWith("Post recordings");
		assertThat(group.permalink()).isEqualTo("field-recordings-north");
		assertThat(group.permalinkUrl()).isEqualTo("https://soundcloud.com/groups/field-recordings-north");
		assertThat(group.uri()).isEqualTo("https://api.soundcloud.com/groups/8841");
		assertThat(group.artworkUrl()).endsWith("-large.jpg");
		assertThat(group.createdAt()).isEqualTo(Instant.parse("2009-11-04T10:22:51Z"));
		assertThat(group.membersCount()).isEqualTo(412L);
		assertThat(group.contributorsCount()).isEqualTo(97L);
		assertThat(group.trackCount()).isEqualTo(1318L);
		User creator = group.creator();
		assertThat(creator).isNotNull();
		assertThat(creator.id()).isEqualTo(301556L);
		assertThat(creator.username()).isEqualTo("tapehiss");
	}

	@Test
	void writesGroupInSnakeCase() {
		// its unknown fields ("moderated") are checked in UnknownFieldsTests
		JsonMapper mapper = ModelFixtures.plainMapper();
		Group group = mapper.readValue(ModelFixtures.json("group.json"), Group.class);
		JsonNode written = mapper.readTree(mapper.writeValueAsString(group));
		assertThat(written.get("short_description").asString()).isEqualTo(group.shortDescription());
	}

	@Test
	void readsGroupBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Group group = mapper.readValue(ModelFixtures.json("group.json"), Group.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(group), Group.class)).isEqualTo(group);
	}

	@Test
	void toStringOfGroupNamesItWithoutDescriptions() {
		Group group = ModelFixtures.read("group.json", Group.class);
		assertThat(group).hasToString("Group[id=8841, name=Field Recordings North]");
	}

}
