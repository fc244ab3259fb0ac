/* imapwire — umbrella header: include this one. */
#ifndef IMAPWIRE_H
#define IMAPWIRE_H

#include "imapwire/version.h"
#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/parser.h"
#include "imapwire/values.h"
#include "imapwire/seqset.h"
#include "imapwire/mailbox.h"
#include "imapwire/extensions.h"
#include "imapwire/fetch.h"
#include "imapwire/command.h"
#include "imapwire/command_mailbox.h"
#include "imapwire/command_message.h"
#include "imapwire/builder.h"

#endif /* IMAPWIRE_H */
