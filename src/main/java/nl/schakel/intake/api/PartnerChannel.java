package nl.schakel.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.schakel.signal.Channel;

/** The channels through which a partner system may hand a signal over: not the public or internal form's. */
@Schema(description = "How the partner received the signal.")
enum PartnerChannel {
    PARTNER(Channel.PARTNER), VEILIG_THUIS(Channel.VEILIG_THUIS), MELD_MISDAAD_ANONIEM(Channel.MELD_MISDAAD_ANONIEM),
    PHONE(Channel.PHONE), INSPECTION(Channel.INSPECTION), ONLINE_AD_MONITORING(Channel.ONLINE_AD_MONITORING),
    KVK_RISK_REPORT(Channel.KVK_RISK_REPORT);

    private final Channel channel;

    PartnerChannel(Channel channel) {
        this.channel = channel;
    }

    Channel channel() {
        return channel;
    }
}
