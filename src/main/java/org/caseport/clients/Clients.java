package org.caseport.clients;

import org.springframework.data.repository.CrudRepository;

interface Clients extends CrudRepository<Client, Long> {
}
