package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * What the AOT engine sees of this library: the hints of every registrar listed in the
 * library's own {@code META-INF/spring/aot.factories}, and the classes the library ships, so
 * that hint tests derive what to check from the code instead of keeping a list.
 */
public final class RegisteredRuntimeHints {

	private RegisteredRuntimeHints() {
	}

	/**
	 * Run every registrar listed in the library's {@code aot.factories}, as AOT processing
	 * does.
	 * @return the hints they register
	 */
	public static RuntimeHints fromAotFactories() {
		Path factories = mainClasses().resolve("META-INF/spring/aot.factories");
		Properties properties = new Properties();
		try (var in = Files.newInputStream(factories)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RuntimeHints hints = new RuntimeHints();
		for (String name : StringUtils
			.commaDelimitedListToStringArray(properties.getProperty(RuntimeHintsRegistrar.class.getName(), ""))) {
			instantiate(name.strip()).registerHints(hints, RegisteredRuntimeHints.class.getClassLoader());
		}
		return hints;
	}

	/**
	 * Return the classes the library ships in a package and its subpackages (test classes
	 * excluded), nested classes included.
	 * @param packageName the package
	 * @return the classes
	 */
	public static List<Class<?>> classesIn(String packageName) {
		Path root = mainClasses().resolve(packageName.replace('.', '/'));
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((file) -> file.toString().endsWith(".class")).sorted().forEach((file) -> {
				String relative = mainClasses().relativize(file).toString();
				String className = relative.substring(0, relative.length() - ".class".length())
					.replace(file.getFileSystem().getSeparator(), ".");
				if (!className.endsWith("package-info")) {
					classes.add(ClassUtils.resolveClassName(className, RegisteredRuntimeHints.class.getClassLoader()));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return classes;
	}

	/**
	 * Return the directory (or jar) the library's classes are loaded from.
	 * @return the location of the main classes
	 */
	public static Path mainClasses() {
		try {
			return Path.of(SoundCloudConnector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RuntimeHintsRegistrar instantiate(String className) {
		try {
			Class<?> type = ClassUtils.forName(className, RegisteredRuntimeHints.class.getClassLoader());
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (RuntimeHintsRegistrar) constructor.newInstance();
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			throw new IllegalStateException("Cannot create " + className + " listed in aot.factories", ex);
		}
	}

}
