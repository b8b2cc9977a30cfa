package io.github.scapi.soundcloud.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the API operation a repository method calls, as in SoundCloud's OpenAPI
 * specification. It documents the mapping for users and lets a test prove that every
 * operation of the specification has a method.
 *
 * @author scapi contributors
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SoundCloudOperation {

	/**
	 * The HTTP method, e.g. {@code GET}.
	 * @return the method
	 */
	String method();

	/**
	 * The path template as the specification writes it, e.g. {@code /tracks/{track_urn}}.
	 * @return the path
	 */
	String path();

}
