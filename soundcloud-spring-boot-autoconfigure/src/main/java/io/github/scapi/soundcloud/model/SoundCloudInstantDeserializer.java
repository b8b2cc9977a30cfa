package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads the timestamps of the SoundCloud API into {@link Instant}s. The API mixes two
 * styles, sometimes within one response: ISO-8601 such as {@code 2020-12-24T10:00:00Z}
 * and the older {@code 2013/03/23 14:58:27 +0000}. Both are accepted; an empty string
 * reads as {@code null} because the API uses it for "not set".
 * <p>
 * Numbers are handed to Jackson's own {@code Instant} handling so that a record written by
 * a mapper configured to emit numeric timestamps can still be read back by that mapper.
 * Anything else fails with an error that quotes the value and the accepted formats.
 * <p>
 * The records attach this deserializer per component with {@code @JsonDeserialize}, so it
 * applies whatever mapper reads them; it is not meant to be registered globally.
 *
 * @author scapi contributors
 */
class SoundCloudInstantDeserializer extends StdScalarDeserializer<Instant> {

	private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss xx", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * Create the deserializer; Jackson instantiates it reflectively.
	 */
	public SoundCloudInstantDeserializer() {
		super(Instant.class);
	}

	@Override
	public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return parse(parser.getString(), context);
		}
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return context.readValue(parser, Instant.class);
		}
		return (Instant) context.handleUnexpectedToken(Instant.class, parser);
	}

	private @Nullable Instant parse(String text, DeserializationContext context) throws JacksonException {
		String value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		Instant instant = parseOrNull(value);
		if (instant != null) {
			return instant;
		}
		return (Instant) context.handleWeirdStringValue(Instant.class, text,
				"not a SoundCloud timestamp; expected ISO-8601 like '2020-12-24T10:00:00Z' "
						+ "or the legacy form '2013/03/23 14:58:27 +0000'");
	}

	/**
	 * Parse either timestamp style without throwing.
	 * @param value the trimmed, non-empty text
	 * @return the instant, or {@code null} if neither style matches
	 */
	static @Nullable Instant parseOrNull(String value) {
		// The legacy style is the only one with a slash in its date, which avoids paying
		// for a failed parse on every timestamp.
		boolean legacy = value.indexOf('/') >= 0;
		try {
			if (legacy) {
				return OffsetDateTime.parse(value, LEGACY).toInstant();
			}
			return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
