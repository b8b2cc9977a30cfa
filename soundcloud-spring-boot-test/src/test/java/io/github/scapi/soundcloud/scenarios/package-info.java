/**
 * scapi's 30 scenarios (its live tests of 2008) as they must hold today, each against the
 * embedded fake: one test per scenario, named after its number.
 */
@NullMarked
package io.github.scapi.soundcloud.scenarios;

import org.jspecify.annotations.NullMarked;
