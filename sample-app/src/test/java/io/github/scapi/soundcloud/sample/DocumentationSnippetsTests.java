package io.github.scapi.soundcloud.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet in the README and in {@code docs/} shows its imports, or is followed by
 * a link to the compiled source it comes from (usually {@link DocumentationExamples}) and
 * the name of the member there, so a reader can always find which types a snippet uses.
 */
class DocumentationSnippetsTests {

	private static final Path ROOT = Path.of("..");

	private static final Pattern LINK = Pattern
		.compile("Compiled, with its imports, in \\[[^\\]]+\\]\\(([^)]+\\.java)\\) \\(`([A-Za-z0-9_]+)`\\)");

	@Test
	void everyJavaSnippetShowsItsImportsOrLinksToCompiledCode() throws IOException {
		List<Path> pages = pages();
		assertThat(pages).contains(ROOT.resolve("README.md"), ROOT.resolve("docs").resolve("getting-started.md"));
		int snippets = 0;
		for (Path page : pages) {
			List<String> lines = Files.readAllLines(page);
			for (int i = 0; i < lines.size(); i++) {
				if (!lines.get(i).startsWith("```java")) {
					continue;
				}
				int end = i + 1;
				while (!lines.get(end).startsWith("```")) {
					end++;
				}
				snippets++;
				String where = page + ":" + (i + 1);
				boolean imports = lines.subList(i + 1, end).stream().anyMatch((line) -> line.startsWith("import "));
				if (!imports) {
					assertLinksToCompiledCode(page, lines, end, where);
				}
				i = end;
			}
		}
		assertThat(snippets).isGreaterThan(20);
	}

	private static void assertLinksToCompiledCode(Path page, List<String> lines, int fence, String where)
			throws IOException {
		String next = (fence + 2 < lines.size()) ? lines.get(fence + 1) + lines.get(fence + 2) : "";
		Matcher link = LINK.matcher(next);
		assertThat(link.find()).as("%s: a Java snippet without imports must be followed by a link to its compiled "
				+ "source: 'Compiled, with its imports, in [File.java](path) (`member`).'", where).isTrue();
		Path source = page.getParent().resolve(link.group(1)).normalize();
		assertThat(source).as(where + ": linked source").exists();
		assertThat(Files.readString(source)).as(where + ": member named in the link")
			.containsPattern("\\b" + link.group(2) + "\\b");
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>();
		pages.add(ROOT.resolve("README.md"));
		try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
			docs.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

}
