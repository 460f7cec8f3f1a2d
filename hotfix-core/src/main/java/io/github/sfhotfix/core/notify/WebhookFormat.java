package io.github.sfhotfix.core.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** Body format of a webhook request. */
public enum WebhookFormat {
    /**
     * Slack incoming webhook: {@code text} plus one attachment coloured by the outcome, whose fields are the branch
     * and the notification's fields.
     */
    SLACK {
        @Override
        ObjectNode payload(Notification notification) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("text", notification.text());
            ObjectNode attachment = root.putArray("attachments").addObject();
            attachment.put("color", notification.event().outcome().slackColor());
            ArrayNode fields = attachment.putArray("fields");
            addField(fields, "Branch", notification.branch());
            for (Map.Entry<String, String> field : notification.fields().entrySet()) {
                addField(fields, field.getKey(), field.getValue());
            }
            return root;
        }
    },

    /**
     * Generic JSON: {@code event}, {@code outcome}, {@code text}, {@code branch} and a {@code fields} object.
     */
    JSON {
        @Override
        ObjectNode payload(Notification notification) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("event", notification.event().token());
            root.put("outcome", notification.event().outcome().name().toLowerCase(Locale.ROOT));
            root.put("text", notification.text());
            root.put("branch", notification.branch());
            ObjectNode fields = root.putObject("fields");
            notification.fields().forEach(fields::put);
            return root;
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    abstract ObjectNode payload(Notification notification);

    /** Returns the request body for {@code notification}. */
    public String render(Notification notification) {
        try {
            return MAPPER.writeValueAsString(payload(notification));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built in memory could not be written", e);
        }
    }

    private static void addField(ArrayNode fields, String title, String value) {
        ObjectNode field = fields.addObject();
        field.put("title", title);
        field.put("value", value);
        field.put("short", value.length() <= 40);
    }
}
