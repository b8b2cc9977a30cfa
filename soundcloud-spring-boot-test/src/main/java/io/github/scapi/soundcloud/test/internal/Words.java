package io.github.scapi.soundcloud.test.internal;

import java.util.List;

/**
 * Word lists the dataset is built from. Changing them changes the dataset, which tests of
 * users of the fake may depend on: only append, and only when the dataset may change.
 */
final class Words {

	static final List<String> ADJECTIVES = List.of("Velvet", "Golden", "Silent", "Electric", "Hollow", "Neon",
			"Paper", "Midnight", "Crystal", "Lazy", "Wild", "Broken", "Sunny", "Frozen", "Distant", "Secret",
			"Bright", "Rusty", "Gentle", "Restless", "Cosmic", "Liquid", "Amber", "Faded");

	static final List<String> NOUNS = List.of("Harbor", "Moth", "Signal", "Garden", "River", "Echo", "Lantern",
			"Mirror", "Orbit", "Tide", "Meadow", "Engine", "Horizon", "Pulse", "Shadow", "Window", "Canyon",
			"Feather", "Circuit", "Dream", "Storm", "Island", "Thread", "Satellite", "Heartbeat", "Sunrise");

	static final List<String> VERBS = List.of("Stop", "Wake", "Forget", "Leave", "Chase", "Touch", "Break",
			"Follow", "Lose", "Call");

	static final List<String> PLACES = List.of("Berlin", "Lagos", "Montréal", "Tokyo", "Lisbon", "Detroit",
			"São Paulo", "Reykjavík", "Brooklyn", "Marseille", "Seoul", "Nairobi");

	static final List<String> VERSIONS = List.of("Extended Mix", "Radio Edit", "Live", "Demo", "Acoustic",
			"Dub", "VIP Mix", "Live at Café Oto", "Reprise");

	static final List<String> SPECIAL_TITLES = List.of("Café Society", "Café Nights", "Déjà Vu",
			"Über Alles Gut", "Naïve Melody", "Señorita Blue", "Crème Brûlée", "Smörgåsbord", "東京 Nights", "Façade",
			"Piñata Party", "Café au Lait");

	static final List<String> FIRST_NAMES = List.of("Ada", "Bruno", "Chloé", "Dmitri", "Elena", "Felix", "Grace",
			"Hiro", "Imani", "José", "Kai", "Lena", "Mateo", "Nia", "Oskar", "Priya", "Quinn", "Rosa", "Søren",
			"Tariq", "Uma", "Viktor", "Wen", "Yara", "Zoë", "Anaïs", "Björn", "Renée", "Łukasz", "Ayşe");

	static final List<String> LAST_NAMES = List.of("Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak",
			"Schmidt", "Haddad", "Kowalski", "Müller", "García", "Nguyen", "O'Brien", "Petrov", "Rossi", "Mensah",
			"Dubois", "Andersen", "Kim", "Jensen", "Yılmaz", "Fischer", "Costa", "Hughes");

	static final List<String> GENRES = List.of("House", "Techno", "Pop", "Hip-hop & Rap", "Ambient", "Drum & Bass",
			"Deep House", "Electronic", "Dubstep", "Trance", "Rock", "Alternative Rock", "Indie", "Jazz & Blues",
			"Classical", "Piano", "R&B & Soul", "Folk & Singer-Songwriter", "Dance & EDM", "Reggae", "Latin",
			"Soundtrack", "World", "Disco");

	static final List<String> TAGS = List.of("chill", "deep house", "summer", "remix", "live", "vinyl", "club",
			"instrumental", "acoustic", "lofi", "late night", "field recording", "bootleg", "work in progress",
			"road trip", "b side", "café del mar", "dj set", "warm up", "sunset");

	static final List<String> CITIES = List.of("Berlin|Germany", "London|United Kingdom", "Lagos|Nigeria",
			"Montréal|Canada", "Tokyo|Japan", "Lisbon|Portugal", "Detroit|United States", "São Paulo|Brazil",
			"Stockholm|Sweden", "Kraków|Poland", "Melbourne|Australia", "Nairobi|Kenya", "Istanbul|Türkiye");

	static final List<String> LABELS = List.of("Night Shift Records", "Tape & Tide", "Hollow Sun", "Orbit Audio",
			"Café Crème Recordings", "Paper Lantern");

	static final List<String> LICENSES = List.of("all-rights-reserved", "all-rights-reserved",
			"all-rights-reserved", "cc-by", "cc-by-nc", "cc-by-sa", "no-rights-reserved");

	static final List<String> KEYS = List.of("C", "Am", "G", "Em", "D", "F#m", "Bb", "Gm", "E", "C#m");

	static final List<String> PLANS = List.of("Free", "Free", "Free", "Pro Unlimited", "Next Pro", "Artist Pro");

	static final List<String> BIOS = List.of("Bedroom producer. Coffee first.",
			"Making sounds since 2009 — mostly at night.", "DJ, crate digger & occasional singer.",
			"Field recordings, modular noise and the odd pop song.", "Booking: see website.");

	private Words() {
	}

}
