package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * JSON of profile links ({@code WebProfiles} schema) and of the legacy groups.
 */
final class LegacyJson {

	private LegacyJson() {
	}

	static Map<String, @Nullable Object> webProfile(WebProfile profile) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("created_at", LegacyDates.format(profile.createdAt()));
		json.put("id", profile.id());
		json.put("kind", "web-profile");
		json.put("service", profile.service());
		json.put("title", profile.title());
		json.put("url", profile.url());
		json.put("urn", Urns.of("web-profiles", profile.id()));
		json.put("username", profile.username());
		return json;
	}

	static Map<String, @Nullable Object> group(GroupData group, Map<String, @Nullable Object> creator,
			int contributors, int tracks, String apiBase) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("artwork_url", "https://i1.sndcdn.com/groups-" + Long.toHexString(group.id() * 6151) + "-large.jpg");
		json.put("contributors_count", contributors);
		json.put("created_at", LegacyDates.format(group.createdAt()));
		json.put("creator", creator);
		json.put("description", group.description());
		json.put("id", group.id());
		json.put("kind", "group");
		json.put("members_count", group.memberIds().size());
		json.put("name", group.name());
		json.put("permalink", group.permalink());
		json.put("permalink_url", "https://soundcloud.com/groups/" + group.permalink());
		json.put("short_description", group.shortDescription());
		json.put("track_count", tracks);
		json.put("uri", apiBase + "/groups/" + group.id());
		json.put("urn", Urns.of("groups", group.id()));
		return json;
	}

}
