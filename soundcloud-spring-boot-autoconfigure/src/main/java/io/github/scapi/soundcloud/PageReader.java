package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a list response in either of SoundCloud's shapes: the linked-partitioning object
 * {@code {"collection": [...], "next_href": "..."}} or, from endpoints and servers that
 * ignore {@code linked_partitioning}, a bare JSON array. Items are bound one by one while
 * the body streams in; unknown top-level fields are skipped.
 *
 * @param <T> the item type
 */
final class PageReader<T> implements BodyReader<ApiPage<T>> {

	private final JsonMapper jsonMapper;

	private final ObjectReader listReader;

	PageReader(JsonMapper jsonMapper, Class<T> itemType) {
		this.jsonMapper = jsonMapper;
		// the whole array is bound in one pass (one deserialization context per page, not per
		// item) from the middle of the body, so what follows it is the rest of the page, not
		// trailing garbage
		this.listReader = jsonMapper
			.readerFor(jsonMapper.getTypeFactory().constructCollectionType(ArrayList.class, itemType))
			.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	@Override
	public ApiPage<T> read(InputStream body) throws IOException {
		try (JsonParser parser = this.jsonMapper.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				return new ApiPage<>(readItems(parser), null, true);
			}
			if (first != JsonToken.START_OBJECT) {
				throw MismatchedInputException.from(parser, ApiPage.class,
						"expected a JSON object or array but got " + first);
			}
			List<T> items = List.of();
			@Nullable String nextHref = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("collection".equals(name) && value == JsonToken.START_ARRAY) {
					items = readItems(parser);
				}
				else if ("next_href".equals(name) && value == JsonToken.VALUE_STRING) {
					nextHref = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
			return new ApiPage<>(items, nextHref);
		}
	}

	private List<T> readItems(JsonParser parser) {
		List<T> items = this.listReader.readValue(parser);
		if (items == null) {
			return new ArrayList<>();
		}
		if (items.size() > ListProtocol.MAX_PAGE_SIZE) {
			// the API never sends more; a server that does is broken or hostile
			throw MismatchedInputException.from(parser, ApiPage.class, "a page holds at most "
					+ ListProtocol.MAX_PAGE_SIZE + " items (the API's limit), but this one held " + items.size());
		}
		// a null in a list says nothing; dropping it keeps pages free of holes
		items.removeIf(Objects::isNull);
		return items;
	}

}
