package io.github.sfhotfix.core.sf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A minimal Salesforce DX project on disk for tests. */
final class SfProject {

    static final String CLASS = "force-app/main/default/classes/InvoiceService.cls";
    static final String TRIGGER = "force-app/main/default/triggers/InvoiceTrigger.trigger";

    private SfProject() {
    }

    static Path create(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("sfdx-project.json"),
                "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"62.0\"}");
        write(root, CLASS, "public with sharing class InvoiceService {}\n");
        write(root, CLASS + "-meta.xml", "<ApexClass/>\n");
        write(root, TRIGGER, "trigger InvoiceTrigger on Invoice__c (before insert) {}\n");
        return root;
    }

    static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
