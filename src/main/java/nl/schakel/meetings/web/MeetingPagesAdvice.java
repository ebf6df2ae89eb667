package nl.schakel.meetings.web;

import nl.schakel.meetings.MeetingNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** On the meeting pages a meeting, item or action the person's organisation is not part of does not exist: 404. */
@ControllerAdvice(assignableTypes = {MeetingController.class, ConductController.class, ActionsController.class})
class MeetingPagesAdvice {

    @ExceptionHandler(MeetingNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
