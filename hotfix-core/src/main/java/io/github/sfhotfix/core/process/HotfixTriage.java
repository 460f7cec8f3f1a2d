package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import io.github.sfhotfix.core.git.GitRepository;
import io.github.sfhotfix.core.policy.Policy;
import io.github.sfhotfix.core.triage.Incident;
import io.github.sfhotfix.core.triage.RequestKind;
import io.github.sfhotfix.core.triage.Severity;
import io.github.sfhotfix.core.triage.Triage;
import io.github.sfhotfix.core.triage.TriageDecision;
import io.github.sfhotfix.core.triage.TriageRecord;
import io.github.sfhotfix.core.triage.UserImpact;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the track of an incident with the policy's threshold, writes the decision as JSON and, on request, stores
 * it as a git note on HEAD, where the approval gate and the deploy goals read it. Every input is checked before the
 * first write.
 */
public final class HotfixTriage {

    private static final Logger LOG = LoggerFactory.getLogger(HotfixTriage.class);

    /**
     * Triages the incident the request describes.
     *
     * @throws RejectedInputException when an input or the policy is invalid; nothing was written
     * @throws EnvironmentException when the repository or the output file cannot be read or written
     */
    public TriageOutcome triage(TriageRequest request) throws RejectedInputException, EnvironmentException {
        Incident incident = incident(request);
        try (GitRepository repository = GitRepository.open(request.settings().directory())) {
            Policy policy = ProcessSupport.loadPolicy(repository, request.settings());
            ObjectId head = request.recordNote() ? repository.head() : null;

            TriageDecision decision = new Triage(policy.triagePolicy()).decide(incident);
            TriageRecord record = new TriageRecord(decision);
            record.writeTo(request.outputFile());
            LOG.debug("Wrote the triage decision to {}", request.outputFile());
            if (head == null) {
                return new TriageOutcome(decision, request.outputFile(), null);
            }
            record.writeNote(repository.jgit(), head);
            LOG.debug("Stored the triage decision as a note on {}", head.name());
            return new TriageOutcome(decision, request.outputFile(), head.name());
        }
    }

    private static Incident incident(TriageRequest request) throws RejectedInputException {
        Severity severity = Severity.parse(request.severity(), "-Dhotfix.severity");
        UserImpact impact = UserImpact.parse(request.impact(), "-Dhotfix.impact");
        RequestKind kind = request.requestKind() == null || request.requestKind().isBlank() ? RequestKind.DEFECT
                : RequestKind.parse(request.requestKind(), "-Dhotfix.requestKind");
        long financialImpact = financialImpactPerHour(request.financialImpactPerHour());
        return Incident.builder(severity, impact)
                .canWaitForNextWindow(request.canWait())
                .requestKind(kind)
                .productionBrokenForMostUsers(request.productionBroken())
                .businessCriticalFunctionUnavailable(request.businessCriticalDown())
                .financialImpactPerHour(financialImpact)
                .securityVulnerabilityExploited(request.securityExploited())
                .dataCorruptionOccurring(request.dataCorruption())
                .build();
    }

    /** Parses the loss per hour as typed: a whole number of 0 or more, and 0 when it is missing. */
    private static long financialImpactPerHour(String text) throws RejectedInputException {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            LOG.debug("Financial impact per hour '{}' is not a whole number: {}", text, e.getMessage());
        }
        throw new RejectedInputException("Invalid financial impact per hour '" + text + "'. Set"
                + " -Dhotfix.financialImpactPerHour to the estimated loss per hour as a whole number of currency"
                + " units, 0 or more, such as -Dhotfix.financialImpactPerHour=25000.");
    }
}
