package io.github.scapi.soundcloud;

import java.net.URI;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * One logical request for the {@link RequestExecutor}, made by one of the named factories
 * below, each of which says what the request is for.
 *
 * @param <T> the result type
 * @param kind what the request is for
 * @param method the method
 * @param pathTemplate the path template, for observations and logs ({@code {download}} and
 * {@code {redirect}} for absolute URLs)
 * @param uri the expanded URI
 * @param body the body, or {@code null}
 * @param reader reads a successful body
 * @param absentOn404 whether a 404 means "no result" rather than a failure
 */
record Call<T>(Kind kind, HttpMethod method, String pathTemplate, URI uri, @Nullable SoundCloudRequestBody body,
		BodyReader<T> reader, boolean absentOn404) {

	/**
	 * A request whose successful answer is JSON, read by {@code reader}.
	 */
	static <T> Call<T> json(HttpMethod method, String pathTemplate, URI uri, @Nullable SoundCloudRequestBody body,
			BodyReader<T> reader, boolean absentOn404) {
		return new Call<>(Kind.JSON, method, pathTemplate, uri, body, reader, absentOn404);
	}

	/**
	 * A GET of one page of a list (or a list the API returns whole).
	 */
	static <T> Call<T> page(String pathTemplate, URI uri, BodyReader<T> reader) {
		return new Call<>(Kind.PAGE, HttpMethod.GET, pathTemplate, uri, null, reader, false);
	}

	/**
	 * A GET that answers with a redirect whose location is the result, not followed.
	 */
	static Call<URI> redirectOnly(String pathTemplate, URI uri) {
		return new Call<>(Kind.REDIRECT_ONLY, HttpMethod.GET, pathTemplate, uri, null, (body) -> null, false);
	}

	/**
	 * A GET of an absolute URL whose body, of any content type, goes to {@code reader}.
	 */
	static <T> Call<T> download(URI uri, BodyReader<T> reader) {
		return new Call<>(Kind.DOWNLOAD, HttpMethod.GET, "{download}", uri, null, reader, false);
	}

	/**
	 * Write a request body into an exchange: a form as its parameters (which OAuth 1.0a
	 * signs, so they go along as an attribute too), multipart parts as they are, so that
	 * files are streamed, and JSON with the connector's mapper.
	 */
	static void writeBody(RestClient.RequestBodySpec spec, SoundCloudRequestBody body, JsonMapper jsonMapper) {
		spec.contentType(body.contentType());
		if (body instanceof SoundCloudRequestBody.Form form) {
			spec.attribute(SoundCloudAuthenticator.FORM_PARAMETERS_ATTRIBUTE, form.parameters()).body(form.parameters());
		}
		else if (body instanceof SoundCloudRequestBody.Multipart multipart) {
			spec.body(multipart.parts());
		}
		else if (body instanceof SoundCloudRequestBody.Json json) {
			spec.body(jsonMapper.writeValueAsBytes(json.value()));
		}
	}

	/**
	 * Whether the successful body must be JSON.
	 */
	boolean expectsJson() {
		return this.kind != Kind.DOWNLOAD;
	}

	/**
	 * What a request is for.
	 */
	enum Kind {

		/** A resource or a write, answered with JSON. */
		JSON,

		/** A page of a list, recorded as a page event. */
		PAGE,

		/** A redirect whose location is the result. */
		REDIRECT_ONLY,

		/** A body of any type, handed to a reader. */
		DOWNLOAD

	}

}
