package io.github.scapi.soundcloud;

import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The body of a write request. SoundCloud takes Rails-style forms
 * ({@code track[title]=...}), multipart uploads and, for some operations, JSON.
 *
 * @author scapi contributors
 */
public sealed interface SoundCloudRequestBody {

	/**
	 * An {@code application/x-www-form-urlencoded} body. OAuth 1.0a signs its parameters.
	 * @param parameters the form parameters, already in the API's names
	 * @return the body
	 */
	static Form form(MultiValueMap<String, String> parameters) {
		return new Form(parameters);
	}

	/**
	 * A {@code multipart/form-data} body. Files are given as {@link Resource}s and streamed
	 * while the request is sent, never read into memory as a whole.
	 * @param parts the text parts ({@code String}) and file parts ({@link Resource} or
	 * {@link org.springframework.http.HttpEntity} of a resource)
	 * @return the body
	 */
	static Multipart multipart(MultiValueMap<String, Object> parts) {
		return new Multipart(parts);
	}

	/**
	 * Fields nested under a root name, encoded the way Rails, and so SoundCloud's form
	 * endpoints, read them: a map becomes {@code root[key]}, a list {@code root[]} repeated,
	 * a list of maps {@code root[][key]} (so {@code track -> {tag_list -> "a b"}} becomes
	 * {@code track[tag_list]=a b}). Scalars are written with {@code toString()}, dates as
	 * ISO, enums lower-cased, {@code null} values left out. A form, or a multipart body when
	 * a field is a {@link Resource} (sent with its file name and a content type guessed from
	 * it, and streamed). Every write of the library's repositories is encoded this way.
	 * @param root the root, e.g. {@code track}
	 * @param fields the fields, nested as maps and lists
	 * @return the body
	 */
	static SoundCloudRequestBody railsForm(String root, Map<String, ?> fields) {
		return RailsForm.body(root, fields);
	}

	/**
	 * A JSON body, written with the connector's own mapper.
	 * @param value the value to write
	 * @return the body
	 */
	static Json json(Object value) {
		return new Json(value);
	}

	/**
	 * Return the content type the body is sent with.
	 * @return the media type
	 */
	MediaType contentType();

	/**
	 * Return whether the body can be sent a second time, for a 307 or 308 redirect. A
	 * multipart body whose files can be opened only once cannot.
	 * @return {@code true} if sending it again sends the same bytes
	 */
	boolean isRepeatable();

	/**
	 * Form parameters.
	 *
	 * @param parameters the parameters
	 */
	record Form(MultiValueMap<String, String> parameters) implements SoundCloudRequestBody {

		/**
		 * Copy the parameters.
		 * @param parameters the parameters
		 */
		public Form {
			Assert.notNull(parameters, "'parameters' must not be null");
			parameters = new LinkedMultiValueMap<>(parameters);
		}

		@Override
		public MediaType contentType() {
			return MediaType.APPLICATION_FORM_URLENCODED;
		}

		@Override
		public boolean isRepeatable() {
			return true;
		}

		@Override
		public String toString() {
			return "Form" + this.parameters.keySet();
		}

	}

	/**
	 * Multipart parts.
	 *
	 * @param parts the parts
	 */
	record Multipart(MultiValueMap<String, Object> parts) implements SoundCloudRequestBody {

		/**
		 * Copy the parts.
		 * @param parts the parts
		 */
		public Multipart {
			Assert.notNull(parts, "'parts' must not be null");
			parts = new LinkedMultiValueMap<>(parts);
		}

		@Override
		public MediaType contentType() {
			return MediaType.MULTIPART_FORM_DATA;
		}

		@Override
		public boolean isRepeatable() {
			return this.parts.values().stream().flatMap(java.util.List::stream).noneMatch(Multipart::isOneShot);
		}

		private static boolean isOneShot(Object part) {
			Object value = (part instanceof org.springframework.http.HttpEntity<?> entity) ? entity.getBody() : part;
			return value instanceof Resource resource && resource.isOpen();
		}

		@Override
		public String toString() {
			return "Multipart" + this.parts.keySet();
		}

	}

	/**
	 * A value written as JSON.
	 *
	 * @param value the value
	 */
	record Json(Object value) implements SoundCloudRequestBody {

		/**
		 * Check the value.
		 * @param value the value
		 */
		public Json {
			Assert.notNull(value, "'value' must not be null");
		}

		@Override
		public MediaType contentType() {
			return MediaType.APPLICATION_JSON;
		}

		@Override
		public boolean isRepeatable() {
			return true;
		}

		@Override
		public String toString() {
			return "Json[" + this.value.getClass().getSimpleName() + "]";
		}

	}

}
