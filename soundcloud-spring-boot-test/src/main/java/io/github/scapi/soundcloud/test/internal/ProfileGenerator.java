package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.github.scapi.soundcloud.test.FakeUser;

/**
 * Generates the links users add to their profiles ({@code /users/{urn}/web-profiles}).
 */
final class ProfileGenerator {

	private static final long FIRST_ID = 8001;

	private static final List<String> MY_SERVICES = List.of("personal", "instagram", "bandcamp");

	private final Random random;

	private final TextGenerator text;

	ProfileGenerator(Random random, TextGenerator text) {
		this.random = random;
		this.text = text;
	}

	Map<Long, List<WebProfile>> webProfiles(List<FakeUser> users, long meId) {
		Map<Long, List<WebProfile>> profiles = new LinkedHashMap<>();
		long id = FIRST_ID;
		for (FakeUser user : users) {
			Set<String> services = new LinkedHashSet<>((user.id() == meId) ? MY_SERVICES : List.of());
			int wanted = (user.id() == meId) ? services.size() : this.random.nextInt(4);
			while (services.size() < wanted) {
				services.add(this.text.pick(ContentWords.SERVICES));
			}
			List<WebProfile> links = new ArrayList<>();
			for (String service : services) {
				Instant created = Instant.parse("2014-01-01T00:00:00Z").plusSeconds(this.random.nextInt(350_000_000));
				links.add(link(id++, service, user, created));
			}
			profiles.put(user.id(), List.copyOf(links));
		}
		return profiles;
	}

	private static WebProfile link(long id, String service, FakeUser user, Instant created) {
		String handle = user.permalink().replace("-", "");
		String url = switch (service) {
			case "personal" -> "https://" + user.permalink() + ".example.com";
			case "youtube" -> "https://youtube.com/@" + handle;
			case "bandcamp" -> "https://" + handle + ".bandcamp.com";
			case "spotify" -> "https://open.spotify.com/artist/" + Long.toHexString(user.id() * 104723);
			default -> "https://" + service + ".com/" + handle;
		};
		String title = service.equals("personal") ? user.username() + " online"
				: service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
		return new WebProfile(id, service, title, url, service.equals("personal") ? "" : handle, created);
	}

}
