package com.tariffbridge.contract;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a letter to the SMTP server of Liberty's {@code mail/tariffbridge} session (host, port,
 * user, password and sender from server variables). With {@code mail.delivery=log}, the dev setup,
 * the letter goes to the server log instead.
 */
@ApplicationScoped
public class ReminderMailer {

    private static final Logger LOG = Logger.getLogger(ReminderMailer.class.getName());

    @Resource(lookup = "mail/tariffbridge")
    Session session;

    @Inject
    @ConfigProperty(name = "mail.delivery", defaultValue = "smtp")
    String delivery;

    /**
     * Throws when the SMTP server did not take the message; {@code messageId} makes resends
     * recognisable.
     */
    public void send(RenewalLetter letter, String messageId) throws MessagingException {
        if ("log".equals(delivery)) {
            LOG.info(
                    () ->
                            "Mail (mail.delivery=log) to "
                                    + letter.to().email()
                                    + ": "
                                    + letter.subject()
                                    + "\n"
                                    + letter.text());
            return;
        }
        MimeMessage message =
                new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                };
        message.setFrom();
        try {
            message.setRecipient(
                    Message.RecipientType.TO,
                    new InternetAddress(
                            letter.to().email(),
                            letter.to().name(),
                            StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unsupported", e);
        }
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", letter.language().toLanguageTag());
        var text = new MimeBodyPart();
        text.setText(letter.text(), StandardCharsets.UTF_8.name(), "plain");
        var html = new MimeBodyPart();
        html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }
}
