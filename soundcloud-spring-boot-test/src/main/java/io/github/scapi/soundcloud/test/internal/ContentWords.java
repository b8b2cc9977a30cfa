package io.github.scapi.soundcloud.test.internal;

import java.util.List;

/**
 * Word lists for playlists, comments, profiles and groups. Like {@link Words}: changing them
 * changes the dataset, so only append, and only when the dataset may change.
 */
final class ContentWords {

	static final List<String> COMMENTS = List.of("Love this!", "Can't stop listening", "That drop at the end 🔥",
			"Tune.", "Who's the vocalist?", "Merci, c'est génial", "¡Qué bueno!", "Added to my set, thanks",
			"This takes me back", "Perfect for a rainy day", "ID please?", "Bass, bass & more bass",
			"Sounds like summer, doesn't it", "Straight to the playlist", "Wow. Just wow.",
			"Reminds me of Café del Mar", "Great mixdown", "Play this at 3am, trust me", "Danke schön!",
			"The break at 2:10 ❤");

	static final List<String> PLAYLIST_WORDS = List.of("Favourites", "Mix", "Selection", "Crate", "Set",
			"Sessions", "Diggings", "Gems", "Rotation", "Tape");

	static final List<String> SERVICES = List.of("personal", "instagram", "facebook", "twitter", "youtube",
			"bandcamp", "spotify");

	static final List<String> GROUPS = List.of("Deep House Lovers", "Field Recordists", "Café Sessions",
			"Bedroom Producers", "Drum & Bass Heads", "Scapi Testers' Corner");

	private ContentWords() {
	}

}
