// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"

#include <optional>
#include <utility>

namespace HandlerDesk::Core {

// A value or a CupiError: the one "value or error" type of core (std::expected needs C++23).
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(CupiError error)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    const CupiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CupiError m_error;
};

} // namespace HandlerDesk::Core
