package io.github.scapi.soundcloud.sample;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks what the build of the whole project published, as a user of the jars sees it: a
 * module name in every jar, sources and javadoc next to every library jar, and a BOM that
 * manages every library module. The modules are read from the root {@code pom.xml}, so a
 * module added later is checked too. Run by Failsafe, after every module is packaged.
 */
class PackagingIT {

	private static final Path ROOT = Path.of("..");

	private static final String VERSION = "0.1.0-SNAPSHOT";

	private static final String BOM = "soundcloud-spring-boot-dependencies";

	private static final Set<String> NOT_PUBLISHED = Set.of("sample-app", "sample-batch", BOM);

	@Test
	void everyJarNamesItsModule() throws IOException {
		Set<String> names = new HashSet<>();
		for (String module : jarModules()) {
			Path jar = mainJar(module);
			try (JarFile file = new JarFile(jar.toFile())) {
				String name = file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
				assertThat(name).as("Automatic-Module-Name of " + jar).isNotBlank();
				// throws for a name that is not a valid Java module name
				ModuleDescriptor.newModule(name);
				assertThat(names.add(name)).as("module name " + name + " used once").isTrue();
			}
		}
		assertThat(names).contains("io.github.scapi.soundcloud.spring.boot.autoconfigure");
	}

	@Test
	void everyLibraryJarHasItsSourcesAndJavadoc() throws IOException {
		for (String module : publishedModules()) {
			Path main = mainJar(module);
			if (!hasClasses(main)) {
				continue;  // a starter holds no code: nothing to document
			}
			Path sources = main.resolveSibling(module + "-" + VERSION + "-sources.jar");
			Path javadoc = main.resolveSibling(module + "-" + VERSION + "-javadoc.jar");
			assertThat(sources).as("sources of " + module).exists();
			assertThat(javadoc).as("javadoc of " + module).exists();
			try (JarFile file = new JarFile(sources.toFile())) {
				assertThat(file.stream().filter((entry) -> entry.getName().endsWith(".java")).count())
					.as("Java files in " + sources)
					.isPositive();
			}
			try (JarFile file = new JarFile(javadoc.toFile())) {
				assertThat(file.getEntry("index.html")).as("index.html in " + javadoc).isNotNull();
			}
		}
	}

	@Test
	void theBomManagesEveryLibraryModuleAtTheProjectVersion() throws IOException {
		String bom = Files.readString(ROOT.resolve(BOM).resolve("pom.xml"));
		List<String> managed = all(Pattern.compile(
				"<groupId>io\\.github\\.scapi</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>\\$\\{project\\.version}</version>"),
				bom);
		assertThat(managed).containsExactlyInAnyOrderElementsOf(publishedModules());
		assertThat(bom).doesNotContain("<parent>");
	}

	private static List<String> publishedModules() throws IOException {
		return modules().stream().filter((module) -> !NOT_PUBLISHED.contains(module)).toList();
	}

	private static List<String> jarModules() throws IOException {
		return modules().stream().filter((module) -> !module.equals(BOM)).toList();
	}

	private static List<String> modules() throws IOException {
		List<String> modules = all(Pattern.compile("<module>([^<]+)</module>"),
				Files.readString(ROOT.resolve("pom.xml")));
		assertThat(modules).contains("soundcloud-spring-boot-autoconfigure", BOM);
		return modules;
	}

	private static Path mainJar(String module) {
		Path target = ROOT.resolve(module).resolve("target");
		Path jar = NOT_PUBLISHED.contains(module) ? target.resolve(module + ".jar")
				: target.resolve(module + "-" + VERSION + ".jar");
		assertThat(jar).as("jar of " + module + " (build the whole project)").exists();
		return jar;
	}

	private static boolean hasClasses(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().anyMatch((entry) -> entry.getName().endsWith(".class"));
		}
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
