package io.github.sfhotfix.core.apex;

import java.util.List;
import java.util.Objects;

/**
 * Test class chosen to run, with every reason it was chosen.
 *
 * @param name the test class name, in the case of its file name
 * @param reasons why it was chosen, such as "references AccountService", in a fixed order: changed test class,
 *     naming convention, direct reference, trigger sObject, class called by a trigger, longer reference chain
 */
public record SelectedTest(String name, List<String> reasons) {

    public SelectedTest {
        Objects.requireNonNull(name, "name");
        reasons = List.copyOf(reasons);
    }
}
