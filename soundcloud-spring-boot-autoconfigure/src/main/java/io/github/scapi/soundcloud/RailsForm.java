package io.github.scapi.soundcloud;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Encodes nested values the way Rails, and so SoundCloud's form endpoints, read them: a map
 * becomes {@code root[key]}, a list {@code root[]} repeated, a list of maps
 * {@code root[][key]}; so {@code track -> {shared_to -> {emails -> [{address -> a}]}}}
 * becomes {@code track[shared_to][emails][][address]=a} and
 * {@code permissions -> {user_id -> [1, 2]}} becomes {@code permissions[user_id][]=1} and
 * {@code permissions[user_id][]=2}. Every write of the library encodes its parameters here.
 *
 * <p>Scalars are written with {@code toString()}, booleans as {@code true}/{@code false},
 * dates as ISO ({@code yyyy-MM-dd}), enums lower-cased; {@code null} values are left out.
 * Files ({@link Resource} or {@link HttpEntity}) are kept as they are, for multipart bodies.
 * Percent-encoding happens later, when the form is written, so values may hold any text.
 * Applications reach it through {@link SoundCloudRequestBody#railsForm(String, Map)}.
 *
 * @author scapi contributors
 */
final class RailsForm {

	private RailsForm() {
	}

	/**
	 * Encode fields under a root name.
	 * @param root the root, e.g. {@code track}
	 * @param fields the fields, nested as maps and lists
	 * @return the parameters, in the order given
	 */
	static MultiValueMap<String, Object> encode(String root, Map<String, ?> fields) {
		Assert.hasText(root, "'root' must not be empty");
		Assert.notNull(fields, "'fields' must not be null");
		MultiValueMap<String, Object> parameters = new LinkedMultiValueMap<>();
		add(parameters, root, fields);
		return parameters;
	}

	/**
	 * Return text parameters for a form body.
	 * @param parameters encoded parameters
	 * @return the same parameters as text
	 * @throws IllegalArgumentException if a parameter is a file, which needs a multipart body
	 */
	static MultiValueMap<String, String> asText(MultiValueMap<String, Object> parameters) {
		MultiValueMap<String, String> text = new LinkedMultiValueMap<>();
		parameters.forEach((name, values) -> values.forEach((value) -> {
			Assert.isTrue(value instanceof String, () -> "'" + name + "' is a file; send it as multipart");
			text.add(name, (String) value);
		}));
		return text;
	}

	/**
	 * Return whether any parameter is a file.
	 * @param parameters encoded parameters
	 * @return {@code true} if a multipart body is needed
	 */
	static boolean hasFiles(MultiValueMap<String, Object> parameters) {
		return parameters.values().stream().flatMap(Collection::stream).anyMatch((value) -> !(value instanceof String));
	}

	/**
	 * Encode fields as a request body: a form, or a multipart body when a field is a file.
	 * Files go with their file name (or one made from the field's name) and a content type
	 * guessed from it, and are streamed when the request is sent.
	 * @param root the root, e.g. {@code track}
	 * @param fields the fields, nested as maps and lists
	 * @return the body
	 */
	static SoundCloudRequestBody body(String root, Map<String, ?> fields) {
		MultiValueMap<String, Object> parameters = encode(root, fields);
		if (!hasFiles(parameters)) {
			return SoundCloudRequestBody.form(asText(parameters));
		}
		// parts are built by hand: Spring's MultipartBodyBuilder needs Reactive Streams on the
		// class path, which a servlet or command-line application may not have
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parameters.forEach((name, values) -> values.forEach((value) -> {
			if (value instanceof Resource file) {
				String filename = (file.getFilename() != null) ? file.getFilename() : name.replaceAll("\\W", "") + ".bin";
				HttpHeaders headers = new HttpHeaders();
				headers.setContentDisposition(ContentDisposition.formData().name(name).filename(filename).build());
				headers.setContentType(MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM));
				parts.add(name, new HttpEntity<>(file, headers));
			}
			else {
				parts.add(name, value);
			}
		}));
		return SoundCloudRequestBody.multipart(parts);
	}


	private static void add(MultiValueMap<String, Object> parameters, String name, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> {
				Assert.isTrue(key instanceof String && !((String) key).isEmpty(), "keys must be non-empty strings");
				add(parameters, name + "[" + key + "]", nested);
			});
		}
		else if (value instanceof Collection<?> list) {
			for (Object element : list) {
				add(parameters, name + "[]", element);
			}
		}
		else if (value instanceof Resource || value instanceof HttpEntity<?>) {
			parameters.add(name, value);
		}
		else {
			parameters.add(name, scalar(value));
		}
	}

	private static String scalar(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
		// dates and times write themselves in ISO-8601, as the API reads them
		return value.toString();
	}

}
