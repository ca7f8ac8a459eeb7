package org.caseport.timeslips;

import org.springframework.data.repository.CrudRepository;

interface TimeSlips extends CrudRepository<TimeSlip, Long> {
}
