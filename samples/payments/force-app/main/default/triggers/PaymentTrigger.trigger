trigger PaymentTrigger on Payment__c (before insert) {
    for (Payment__c payment : Trigger.new) {
        payment.Total__c = PaymentService.applyFee(payment.Amount__c);
    }
}
